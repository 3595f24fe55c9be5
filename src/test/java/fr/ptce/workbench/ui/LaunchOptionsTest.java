package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void demoAndWorkspaceAreRead() {
        assertTrue(LaunchOptions.parse(List.of("--demo")).demo());
        assertEquals(
                Optional.of(Path.of("/tmp/ws")),
                LaunchOptions.parse(List.of("--workspace", "/tmp/ws")).workspace());
        assertEquals(
                Optional.of(Path.of("/tmp/ws")),
                LaunchOptions.parse(List.of("--workspace=/tmp/ws")).workspace());
    }

    @Test
    void noArgumentMeansTheLastWorkspace() {
        LaunchOptions options = LaunchOptions.parse(List.of());
        assertFalse(options.demo());
        assertTrue(options.workspace().isEmpty());
    }
}
