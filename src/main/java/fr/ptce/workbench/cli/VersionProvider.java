package fr.ptce.workbench.cli;

import picocli.CommandLine;

/** Reads the application version from the jar's manifest ("dev" when run from the build folders). */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = WorkbenchCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Atelier PTCE " + (version == null ? "dev" : version)};
    }
}
