package org.reachable.ui.channels;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.Settings;

/**
 * The Channels page's changes as changes of settings.json as it is in the file when they are
 * written, so an edit made elsewhere in the meantime (another channel, the profile) stays.
 */
final class ChannelEdits {

    private ChannelEdits() {
    }

    /** The channel with this one's id becomes this one. */
    static UnaryOperator<Settings> replace(Channel updated) {
        return settings -> {
            List<Channel> changed = new ArrayList<>(settings.channels());
            changed.replaceAll(c -> c.id().equals(updated.id()) ? updated : c);
            return settings.withChannels(changed);
        };
    }

    /** Adds {@code added} at the end; {@code taken} is the message when its id came in meanwhile. */
    static UnaryOperator<Settings> add(Channel added, String taken) {
        return settings -> {
            if (settings.channel(added.id()).isPresent()) {
                throw new InvalidScheduleException(taken);
            }
            List<Channel> list = new ArrayList<>(settings.channels());
            list.add(added);
            return settings.withChannels(list);
        };
    }

    static UnaryOperator<Settings> remove(String id) {
        return settings -> {
            List<Channel> list = new ArrayList<>(settings.channels());
            list.removeIf(c -> c.id().equals(id));
            return settings.withChannels(list);
        };
    }

    /** Moves the channel {@code by} places (-1 up, 1 down), where it is in the file now. */
    static UnaryOperator<Settings> move(String id, int by) {
        return settings -> {
            List<Channel> list = new ArrayList<>(settings.channels());
            int at = -1;
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).id().equals(id)) {
                    at = i;
                }
            }
            int target = at + by;
            if (at >= 0 && target >= 0 && target < list.size()) {
                list.add(target, list.remove(at));
            }
            return settings.withChannels(list);
        };
    }
}
