package org.reachable.domain.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ContactCheck;
import org.reachable.domain.model.Language;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.StoreException;

/**
 * What a newcomer starts with, for {@code reachable init} and the welcome window alike: settings
 * with four channels in their language (kept when there are settings already) and an empty week
 * or the example week, in the home zone; from the welcome also the profile and the contact
 * details of the example channels.
 */
public final class StarterData {

    private final Workspace workspace;

    /**
     * What the welcome asked before the first text is made.
     *
     * @param profile who the texts speak for; its home zone is replaced by the one chosen
     * @param phone the number for the example phone and SMS channels, and for WhatsApp Business when
     *     it carries the country code; "" leaves them empty
     * @param email the address for the example e-mail channel; "" leaves it empty
     */
    public record Newcomer(Profile profile, String phone, String email) {

        public Newcomer {
            phone = phone == null ? "" : phone.strip();
            email = email == null ? "" : email.strip();
        }

        /**
         * These settings with this profile and, on the example channels, the details that pass
         * {@link ContactCheck} (the welcome lets no other through; a detail left empty keeps what
         * the channel had).
         */
        Settings applyTo(Settings settings) {
            List<Channel> channels = settings.channels().stream().map(this::withContact).toList();
            return settings.withProfile(profile).withChannels(channels);
        }

        private Channel withContact(Channel channel) {
            String detail = switch (channel.id()) {
                case "phone", "sms", "whatsapp" -> phone;
                case "email" -> email;
                default -> "";
            };
            boolean fits = ContactCheck.check(channel.type(), detail) == ContactCheck.Problem.OK;
            return fits ? channel.withContact(detail) : channel;
        }
    }

    public StarterData(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Writes the starter settings and schedule, as {@code reachable init} does.
     *
     * @param zone the home zone the user chose; it becomes the profile's. Empty keeps the profile's
     *     zone, or for new settings takes the clock's
     * @return the schedule written
     */
    public Schedule create(Optional<ZoneId> zone, boolean exampleWeek, Language language) throws StoreException {
        return create(zone, exampleWeek, language, Optional.empty());
    }

    /**
     * Writes the starter settings and schedule; with a {@code newcomer} (the welcome, not skipped)
     * the profile and contact details it carries replace those of the settings.
     */
    public Schedule create(Optional<ZoneId> zone, boolean exampleWeek, Language language,
            Optional<Newcomer> newcomer) throws StoreException {
        return create(zone, exampleWeek, language, newcomer, preferences -> preferences);
    }

    /**
     * The welcome's start: as {@link #create(Optional, boolean, Language, Optional)}, and the
     * welcome's answer to "silence desktop notifications during focus".
     */
    public Schedule create(Optional<ZoneId> zone, boolean exampleWeek, Language language,
            Optional<Newcomer> newcomer, boolean silenceDesktop) throws StoreException {
        return create(zone, exampleWeek, language, newcomer, preferences -> preferences.withSilenceDesktop(silenceDesktop));
    }

    private Schedule create(Optional<ZoneId> zone, boolean exampleWeek, Language language,
            Optional<Newcomer> newcomer, UnaryOperator<Preferences> answers) throws StoreException {
        // in turn with the other processes that save settings.json: a change saved meanwhile stays
        ZoneId home = workspace.settings().exclusive(() -> {
            boolean exists = workspace.settings().exists();
            Settings before = exists ? workspace.settings().load(zone.orElse(workspace.clock().getZone()))
                    : new Settings(Profile.defaults(zone.orElse(workspace.clock().getZone())),
                            Settings.defaultChannels(language.code()));
            ZoneId chosen = zone.orElse(before.profile().homeZone());
            Settings after = newcomer.map(n -> n.applyTo(before)).orElse(before);
            after = after.withPreferences(answers.apply(after.preferences()));
            Profile profile = after.profile().withHomeZone(chosen);
            // the same clock twice says nothing: a client zone equal to home is none
            after = after.withProfile(chosen.equals(profile.clientZone()) ? profile.withClientZone(null) : profile);
            if (!exists || !after.equals(before)) {
                workspace.settings().save(after);
            }
            return chosen;
        });
        Schedule schedule = exampleWeek
                ? ExampleWeek.create(home, LocalDate.ofInstant(workspace.clock().instant(), home), language.code())
                : Schedule.empty(home);
        workspace.schedules().save(schedule);
        return schedule;
    }
}
