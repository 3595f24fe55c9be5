package fr.ptce.workbench.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.PostgresAddress;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fields of « Ouvrir un espace partagé… »: an address read as the command line reads it, a login, no password. */
class SharedWorkspaceFormTest {

    @Test
    void theLoginStartsAsPguserAndFollowsTheAddresssOwn() {
        SharedWorkspaceForm form = new SharedWorkspaceForm(Map.of("PGUSER", "odile"));
        assertEquals("odile", form.loginProperty().get());
        assertTrue(
                form.problemBinding().get().startsWith("Adresse requise"),
                form.problemBinding().get());
        assertEquals(Optional.empty(), form.address());

        form.urlProperty().set("postgresql://maelle@pg.example.fr/ptce?sslmode=verify-full");

        assertEquals("maelle", form.loginProperty().get());
        assertEquals("", form.problemBinding().get());
        PostgresAddress address = form.address().orElseThrow();
        assertEquals("verify-full", address.parameters().get("sslmode"));
        assertEquals("postgresql://maelle@pg.example.fr/ptce?sslmode=verify-full", address.url());
    }

    @Test
    void aPasswordInTheAddressOrAnUnknownParameterIsRefusedInFrenchAndNothingOpens() {
        SharedWorkspaceForm form = new SharedWorkspaceForm(Map.of());
        form.urlProperty().set("postgresql://maelle:secret@pg.example.fr/ptce");
        assertTrue(form.problemBinding().get().contains("Pas de mot de passe dans l'adresse"));
        assertEquals(Optional.empty(), form.address());

        form.urlProperty().set("postgresql://pg.example.fr/ptce?sslmode=toujours");
        assertTrue(
                form.problemBinding().get().contains("sslmode"),
                form.problemBinding().get());

        form.urlProperty().set("postgresql://pg.example.fr/ptce");
        form.loginProperty().set(" ");
        assertEquals("Identifiant requis.", form.problemBinding().get());
        form.loginProperty().set("lucas");
        assertEquals(Optional.of("lucas"), form.address().orElseThrow().login());
    }

    @Test
    void aRecentOrRefusedAddressFillsTheForm() {
        SharedWorkspaceForm form = new SharedWorkspaceForm(
                Map.of("PGUSER", "odile"), PostgresAddress.parse("postgresql://maelle@db:5433/ptce?sslmode=require"));
        assertEquals(
                "postgresql://maelle@db:5433/ptce?sslmode=require",
                form.urlProperty().get());
        assertEquals("maelle", form.loginProperty().get());
    }
}
