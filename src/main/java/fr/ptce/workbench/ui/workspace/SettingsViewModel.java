package fr.ptce.workbench.ui.workspace;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.campaign.CampaignText;
import fr.ptce.workbench.domain.check.LengthLimits;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.ui.common.Regions;
import fr.ptce.workbench.ui.common.SharedConflict;
import fr.ptce.workbench.ui.common.UiPreferences;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings dialog's state: the workspace's folder, the user's identity, the language, the sections' length
 * limits, the disagreement threshold and the campaign's data (waves, the call's numbers). {@link #load()} reads them,
 * {@link #save()} checks then stores them.
 */
public final class SettingsViewModel {

    private final TaskRunner runner;
    private final WorkspaceState state;
    private final UiPreferences preferences;
    private final Messages messages;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ObjectProperty<ReviewerRole> role = new SimpleObjectProperty<>(ReviewerRole.CORRESPONDENT);
    private final StringProperty region = new SimpleStringProperty("");
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final Map<Section, StringProperty> limits = new EnumMap<>(Section.class);
    private final StringProperty threshold = new SimpleStringProperty("");
    private final StringProperty campaign = new SimpleStringProperty("");
    private String loadedCampaign = "";
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private final javafx.collections.ObservableList<String> regions =
            javafx.collections.FXCollections.observableArrayList();
    private final EncryptionViewModel encryption;
    private final SharedSettingsSave shared;

    public SettingsViewModel(TaskRunner runner, WorkspaceState state, UiPreferences preferences, Messages messages) {
        this(runner, state, preferences, messages, w -> {});
    }

    /** {@code reopened} takes the workspace opened again after its encryption or a change of its password. */
    public SettingsViewModel(
            TaskRunner runner,
            WorkspaceState state,
            UiPreferences preferences,
            Messages messages,
            java.util.function.Consumer<Workspace> reopened) {
        this.encryption = new EncryptionViewModel(runner, state, messages, reopened);
        this.runner = runner;
        this.state = state;
        this.preferences = preferences;
        this.messages = messages;
        this.shared = new SharedSettingsSave(runner, state, messages);
        for (Section section : Section.values()) {
            limits.put(section, new SimpleStringProperty(Integer.toString(section.defaultLimit())));
        }
    }

    /** Reads the settings of the open workspace and of this computer. */
    public void load() {
        encryption.load();
        regions.setAll(Regions.names());
        language.set(preferences.locale());
        error.set("");
        Optional<Workspace> workspace = state.current();
        folder.set(workspace
                .flatMap(Workspace::folder)
                .map(Path::toString)
                .orElse(messages.get(workspace.isPresent() ? "workspace.inMemory" : "settings.noWorkspace")));
        workspace.ifPresent(w -> runner.run(
                messages.get("status.settings"),
                p -> new Loaded(
                        w.workspaceUser().current(),
                        w.settings().lengthLimits(),
                        w.settings().disagreementThreshold(),
                        w.campaign().text(),
                        w.settings().versions(),
                        w.campaign().stamp()),
                this::show));
    }

    private void show(Loaded loaded) {
        loaded.user().ifPresent(u -> {
            name.set(u.name());
            email.set(u.email());
            role.set(u.role());
            region.set(u.region() == null ? "" : u.region());
            if (!regions.contains(region.get())) {
                // a region typed before the list existed: kept, and shown, until another is chosen
                regions.add(region.get());
            }
        });
        limits.forEach(
                (section, text) -> text.set(Integer.toString(loaded.limits().limit(section))));
        threshold.set(loaded.threshold().toPlainString());
        shared.loaded(loaded.limits(), loaded.threshold(), loaded.versions());
        loadedCampaign = loaded.campaign();
        shared.campaignLoaded(loaded.campaignStamp());
        campaign.set(loaded.campaign());
    }

    /**
     * Checks every field, then stores the language on this computer and the rest in the workspace; returns false
     * (with {@link #errorProperty()} saying why, in French) when a field is wrong, nothing being stored.
     */
    public boolean save() {
        Map<Section, Integer> chars = new EnumMap<>(Section.class);
        for (Map.Entry<Section, StringProperty> e : limits.entrySet()) {
            Integer value = positiveInteger(e.getValue().get());
            if (value == null) {
                return refuse(messages.format(
                        "settings.error.limit", e.getKey().name(), e.getValue().get()));
            }
            chars.put(e.getKey(), value);
        }
        BigDecimal points = positiveDecimal(threshold.get());
        if (points == null) {
            return refuse(messages.format("settings.error.threshold", threshold.get()));
        }
        boolean anyIdentity = !name.get().isBlank() || !email.get().isBlank();
        if (anyIdentity
                && (name.get().isBlank()
                        || email.get().isBlank()
                        || !email.get().contains("@"))) {
            return refuse(messages.get("settings.error.identity"));
        }
        String campaignText = campaign.get();
        boolean campaignChanged = !campaignText.equals(loadedCampaign);
        if (campaignChanged) {
            try {
                CampaignText.parse(campaignText);
            } catch (IllegalArgumentException e) {
                return refuse(e.getMessage());
            }
        }
        error.set("");
        if (language.get() != null) {
            preferences.setLocale(language.get());
        }
        Optional<Workspace> workspace = state.current();
        workspace.ifPresent(w -> runner.run(
                messages.get("status.settings"),
                p -> {
                    shared.save(w.settings(), chars, points);
                    if (anyIdentity) {
                        w.workspaceUser().set(new Reviewer(name.get(), email.get(), role.get(), region.get()));
                    }
                    if (campaignChanged) {
                        shared.saveCampaign(w.campaign(), campaignText);
                    }
                    return null;
                },
                done -> shared.openRefused()));
        return true;
    }

    /** A setting refused over someone else's newer value, awaiting the user's choice (shown by MainWindow). */
    public SharedConflict conflict() {
        return shared.conflict();
    }

    private boolean refuse(String message) {
        error.set(message);
        return false;
    }

    private static Integer positiveInteger(String text) {
        try {
            int value = Integer.parseInt(
                    text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", ""));
            return value > 0 ? value : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private static BigDecimal positiveDecimal(String text) {
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(',', '.'));
            return value.signum() > 0 ? value : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObjectProperty<ReviewerRole> roleProperty() {
        return role;
    }

    /** The user's region, one of {@link #regions()} (empty: none). */
    public StringProperty regionProperty() {
        return region;
    }

    /** The choices of region: none, then the 18 regions of France in alphabetical order. */
    public javafx.collections.ObservableList<String> regions() {
        return regions;
    }

    /** « Chiffrer l'espace de travail… » / « Changer le mot de passe… ». */
    public EncryptionViewModel encryption() {
        return encryption;
    }

    /** The window's language (applies from the next start). */
    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    /** A section's limit in characters, as typed. */
    public StringProperty limitProperty(Section section) {
        return limits.get(section);
    }

    /** The disagreement threshold in points, as typed (a comma or a dot). */
    public StringProperty thresholdProperty() {
        return threshold;
    }

    /**
     * The campaign's data as « clé : valeur » lines (waves, the phase-2 target and numbers); a version used by a
     * decision is kept and a new one stored; waves apply from the next opening of the workspace.
     */
    public StringProperty campaignProperty() {
        return campaign;
    }

    /** Why the last {@link #save()} was refused; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The open workspace's folder. */
    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    private record Loaded(
            Optional<Reviewer> user,
            LengthLimits limits,
            BigDecimal threshold,
            String campaign,
            Map<String, Long> versions,
            long campaignStamp) {}
}
