package org.reachable.ui.conflicts;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.edit.ScheduleEdit;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.sync.SyncChoice;
import org.reachable.domain.sync.SyncEngine;
import org.reachable.domain.text.Words;

/**
 * "Changed in two places": each entry changed both on this computer and on the calendar server
 * since the last sync, the two versions in words, and the user's choice per entry. The choices
 * are made as one edit of the schedule (one undo step, through the editor's document, which saves
 * it), and the questions leave sync.json; the next sync sends what was chosen. sync.json is read
 * and written on {@code io}; the rest happens on {@code ui}.
 */
public final class ConflictsViewModel {

    /** What the question asks of the sync (the SyncEngine in the app). */
    public interface Sync {
        /** The server's versions waiting for a choice, by UID (empty: deleted there). */
        Map<String, Optional<ScheduleEntry>> waiting(ZoneId zone) throws StoreException;

        void settle(Set<String> uids) throws StoreException;

        static Sync of(SyncEngine engine) {
            return new Sync() {
                @Override
                public Map<String, Optional<ScheduleEntry>> waiting(ZoneId zone) throws StoreException {
                    return engine.conflicts(zone);
                }

                @Override
                public void settle(Set<String> uids) throws StoreException {
                    engine.settle(uids);
                }
            };
        }
    }

    /** One question: the entry, its two versions in words, and the answer (none yet: null). */
    public static final class Question {
        private final String uid;
        private final String title;
        private final String here;
        private final String server;
        private final boolean bothPossible;
        private final ObjectProperty<SyncChoice> choice = new SimpleObjectProperty<>();

        Question(String uid, String title, String here, String server, boolean bothPossible) {
            this.uid = uid;
            this.title = title;
            this.here = here;
            this.server = server;
            this.bothPossible = bothPossible;
        }

        public String uid() {
            return uid;
        }

        public String title() {
            return title;
        }

        /** This computer's version in words. */
        public String here() {
            return here;
        }

        /** The server's version in words. */
        public String server() {
            return server;
        }

        /** False when one side deleted the entry: there are not two to keep. */
        public boolean bothPossible() {
            return bothPossible;
        }

        public ObjectProperty<SyncChoice> choiceProperty() {
            return choice;
        }
    }

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Sync sync;
    private final ScheduleDocument document;
    private final Supplier<List<Channel>> channels;
    private final Supplier<String> newUid;
    private final Clock clock;
    private final Executor io;
    private final Executor ui;
    private final ConflictWords words;
    private final ObservableList<Question> questions = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private Map<String, Optional<ScheduleEntry>> server = Map.of();
    private Runnable settled = () -> { };

    /**
     * @param document the schedule the editor shows and saves: the answer is an edit of it
     * @param channels the user's channels now, to name an entry's
     */
    public ConflictsViewModel(ResourceBundle bundle, Locale locale, Sync sync, ScheduleDocument document,
            Supplier<List<Channel>> channels, Supplier<String> newUid, Clock clock, Executor io, Executor ui) {
        this.bundle = bundle;
        this.locale = locale;
        this.sync = sync;
        this.document = document;
        this.channels = channels;
        this.newUid = newUid;
        this.clock = clock;
        this.io = io;
        this.ui = ui;
        this.words = new ConflictWords(bundle, Words.forLocale(locale));
    }

    /** Reads the questions from sync.json; {@code then} runs on {@code ui} once they are shown. */
    public void load(Runnable then) {
        io.execute(() -> {
            try {
                Map<String, Optional<ScheduleEntry>> waiting = sync.waiting(document.zone());
                ui.execute(() -> {
                    show(waiting);
                    then.run();
                });
            } catch (StoreException e) {
                ui.execute(() -> {
                    message.set(ProblemWords.in(locale).message(e));
                    then.run();
                });
            }
        });
    }

    private void show(Map<String, Optional<ScheduleEntry>> waiting) {
        server = waiting;
        LocalDate today = LocalDate.now(clock.withZone(document.zone()));
        List<Channel> known = channels.get();
        questions.clear();
        waiting.forEach((uid, theirs) -> {
            Optional<ScheduleEntry> here = document.current().entries().stream().filter(e -> e.uid().equals(uid))
                    .findFirst();
            if (here.isEmpty() && theirs.isEmpty()) {
                return; // deleted on both sides since: nothing left to choose between
            }
            questions.add(new Question(uid, words.title(here, theirs),
                    words.describe(here, theirs, known, document.zone(), today),
                    words.describe(theirs, here, known, document.zone(), today),
                    SyncChoice.possible(SyncChoice.BOTH, here, theirs)));
        });
        message.set(questions.isEmpty() ? bundle.getString("conflicts.none") : "");
    }

    /**
     * Makes the answers given so far, as one edit of the schedule, and takes their questions off
     * sync.json; questions not answered yet stay.
     */
    public void apply() {
        Map<String, SyncChoice> answers = new LinkedHashMap<>();
        for (Question q : questions) {
            if (q.choiceProperty().get() != null) {
                answers.put(q.uid(), q.choiceProperty().get());
            }
        }
        if (answers.isEmpty()) {
            message.set(bundle.getString("conflicts.chooseFirst"));
            return;
        }
        ScheduleEdit edit = SyncChoice.edit(document.current(), answers, server, newUid);
        try {
            document.apply(edit);
        } catch (InvalidScheduleException e) {
            message.set(ProblemWords.in(locale).message(e));
            return;
        }
        questions.removeIf(q -> answers.containsKey(q.uid()));
        message.set(MessageFormat.format(bundle.getString("conflicts.applied"), answers.size()));
        io.execute(() -> {
            try {
                sync.settle(answers.keySet());
                ui.execute(settled);
            } catch (StoreException e) {
                String why = ProblemWords.in(locale).message(e);
                ui.execute(() -> message.set(why));
            }
        });
    }

    /** Told (on {@code ui}) when answers have left sync.json: Settings' status line follows. */
    public void onSettled(Runnable then) {
        this.settled = then;
    }

    public ObservableList<Question> questions() {
        return questions;
    }

    /** What happened, or why not: shown under the questions. */
    public StringProperty messageProperty() {
        return message;
    }
}
