package org.reachable.domain.service;

import java.util.ArrayList;
import java.util.List;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.PhoneNumbers;
import org.reachable.domain.model.Settings;

/**
 * Numbers typed before issue 11 ("06 12345678", "020 123 4567") become E.164 as the settings
 * load, read in the home zone's country; the next save writes them so. Nothing is lost: a number
 * that cannot be read as one anybody can dial is kept exactly as typed, and the Texts page flags it
 * ({@link org.reachable.domain.text.TextGaps.Undialable}) until the user corrects it.
 *
 * <p>Done on load rather than as a step of the JSON migrations: reading a number needs the
 * numbering plans, which live behind the {@link PhoneNumbers} port, not in the JSON adapter. It
 * runs on every load and changes nothing the second time (E.164 stays E.164).
 */
final class PhoneMigration {

    private PhoneMigration() {
    }

    static Settings toE164(Settings settings, PhoneNumbers phones) {
        String region = phones.region(settings.profile().homeZone()).orElse("ZZ");
        List<Channel> channels = new ArrayList<>();
        boolean changed = false;
        for (Channel c : settings.channels()) {
            String contact = c.contact().strip();
            if (dialled(c) && !contact.isEmpty() && !PhoneNumbers.isE164(contact)
                    && phones.check(contact, region) instanceof PhoneNumbers.Dialable d) {
                channels.add(c.withContact(d.e164()));
                changed = true;
            } else {
                channels.add(c);
            }
        }
        return changed ? settings.withChannels(channels) : settings;
    }

    private static boolean dialled(Channel c) {
        return c.type() == ChannelType.PHONE || c.type() == ChannelType.SMS || c.type() == ChannelType.WHATSAPP;
    }
}
