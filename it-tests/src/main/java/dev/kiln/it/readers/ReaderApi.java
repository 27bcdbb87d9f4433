package dev.kiln.it.readers;

import dev.kiln.NonBlocking;
import dev.kiln.Post;
import dev.kiln.Router;
import dev.kiln.it.readers.ReaderModels.Aliased;
import dev.kiln.it.readers.ReaderModels.Bounded;
import dev.kiln.it.readers.ReaderModels.Everything;
import dev.kiln.it.readers.ReaderModels.Lenient;
import dev.kiln.it.readers.ReaderModels.Page;
import dev.kiln.it.readers.ReaderModels.Subscriber;

/** Echoes bodies bound by their generated readers ({@code JsonReadersIT}). */
@Router(prefix = "/readers")
public final class ReaderApi {
    @Post("/everything")
    @NonBlocking
    public Everything everything(Everything body) {
        return body;
    }

    @Post("/aliased")
    @NonBlocking
    public Aliased aliased(Aliased body) {
        return body;
    }

    @Post("/subscriber")
    @NonBlocking
    public Subscriber subscriber(Subscriber body) {
        return body;
    }

    @Post("/bounded")
    @NonBlocking
    public Bounded bounded(Bounded body) {
        return body;
    }

    @Post("/lenient")
    @NonBlocking
    public Lenient lenient(Lenient body) {
        return body;
    }

    @Post("/page")
    @NonBlocking
    public Page<Lenient> page(Page<Lenient> body) {
        return body;
    }
}
