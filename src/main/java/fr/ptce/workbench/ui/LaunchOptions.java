package fr.ptce.workbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the window was asked to open on the command line: {@code --demo}, or {@code --workspace DIR}
 * (also {@code --workspace=DIR}); nothing means the last workspace used.
 */
public record LaunchOptions(boolean demo, Optional<Path> workspace) {

    private static final String WORKSPACE = "--workspace";

    /** Reads the arguments; unknown ones are ignored, since the command line already handled its own. */
    public static LaunchOptions parse(List<String> args) {
        boolean demo = false;
        Path workspace = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.equals(WORKSPACE) && i + 1 < args.size()) {
                workspace = Path.of(args.get(++i));
            } else if (arg.startsWith(WORKSPACE + "=")) {
                workspace = Path.of(arg.substring(WORKSPACE.length() + 1));
            }
        }
        return new LaunchOptions(demo, Optional.ofNullable(workspace));
    }
}
