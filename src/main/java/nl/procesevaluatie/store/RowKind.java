package nl.procesevaluatie.store;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.procesevaluatie.domain.RegistrationRow;
import nl.procesevaluatie.domain.ResponseRow;
import nl.procesevaluatie.domain.Row;
import nl.procesevaluatie.domain.SessionRow;

/**
 * How one kind of domain row is stored: the name its chunks carry, its binary form ({@link RowCodec}) and
 * its key (details.md rule 3, for {@link Replay}). Typed by the row, so that a file's rows go in and the
 * replay hands them out as their own record: the kind brings its codec along, and nothing casts.
 */
public final class RowKind<T extends Row> {
    public static final RowKind<RegistrationRow> REGISTRATIONS = new RowKind<>("registrations",
            RowCodec::writeRegistration, RowCodec::readRegistration, Replay.TrajectKeys::new);
    public static final RowKind<SessionRow> SESSIONS = new RowKind<>("sessions",
            RowCodec::writeSession, RowCodec::readSession, Replay.SessionKeys::new);
    public static final RowKind<ResponseRow> RESPONSES = new RowKind<>("responses",
            RowCodec::writeResponse, RowCodec::readResponse, Replay.ResponseKeys::new);

    private final String name;
    final BiConsumer<ChunkWriter, T> encoder;
    final Function<ChunkReader, T> decoder;
    final Supplier<Replay.Keys<T>> keys;

    private RowKind(String name, BiConsumer<ChunkWriter, T> encoder, Function<ChunkReader, T> decoder,
            Supplier<Replay.Keys<T>> keys) {
        this.name = name;
        this.encoder = encoder;
        this.decoder = decoder;
        this.keys = keys;
    }

    /** The name in {@code pe_segment.kind}. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
