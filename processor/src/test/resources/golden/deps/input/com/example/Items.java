package com.example;

import com.example.Model.Audit;
import com.example.Model.Counter;
import com.example.Model.Db;
import com.example.Model.Left;
import com.example.Model.Report;
import com.example.Model.Right;
import com.example.Model.Token;
import dev.kiln.Depends;
import dev.kiln.Get;
import dev.kiln.Router;
import io.vertx.core.Future;

@Router(prefix = "/items", dependencies = Token.class)
public final class Items {
    private final Db db;

    public Items(Db db) {
        this.db = db;
    }

    /** Async, then blocking, then async, then the blocking operation: two hops. */
    @Get("/{id}/audit")
    public String audited(int id, Audit audit) {
        return audit.entry() + id + db.url();
    }

    /** A diamond: both blocking sides and the operation share one hop after the async base. */
    @Get("/diamond")
    public String diamond(Left left, Right right) {
        return left.base().id() + ":" + right.base().id();
    }

    /** Two cached uses share one value; the uncached use makes its own. */
    @Get("/counts")
    public Future<String> counts(Counter a, @Depends(cached = false) Counter fresh, Counter b) {
        return Future.succeededFuture(a.id() + fresh.id() + b.id() + "");
    }

    /** An instance provider whose Future is awaited on the worker: one hop. */
    @Get("/stamp")
    public String stamp(Clock.Stamp stamp) {
        return stamp.text();
    }

    /** A provider in the reports pool and an operation in the default pool: one hop each. */
    @Get("/report")
    public String report(Report report) {
        return report.text();
    }
}
