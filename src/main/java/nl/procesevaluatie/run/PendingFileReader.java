package nl.procesevaluatie.run;

import java.util.Iterator;
import nl.procesevaluatie.inbox.InboxFile;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Reads the inbox files not yet in the store's registry, in load order. The registry is the memory of
 * earlier runs and of an interrupted one: a file counts as loaded only once its rows and its registry
 * entry are committed together, so after a crash it is simply read again.
 */
final class PendingFileReader implements ItemReader<InboxFile> {
    private final RunContext run;
    private Iterator<InboxFile> files;

    PendingFileReader(RunContext run) {
        this.run = run;
    }

    @Override
    public InboxFile read() {
        if (files == null) {
            files = run.scan().files().iterator();
        }
        while (files.hasNext()) {
            InboxFile f = files.next();
            if (!f.duplicate() && run.store.file(f.dataset(), f.sha256()).isEmpty()) {
                return f;
            }
        }
        return null;
    }
}
