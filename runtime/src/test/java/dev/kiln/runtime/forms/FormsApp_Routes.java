package dev.kiln.runtime.forms;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.Upload;
import dev.kiln.runtime.AppContext;
import dev.kiln.runtime.BodyKind;
import dev.kiln.runtime.Dispatch;
import dev.kiln.runtime.Exchange;
import dev.kiln.runtime.Responder;
import dev.kiln.runtime.Route;
import dev.kiln.runtime.WorkerPool;
import dev.kiln.runtime.bind.Binder;
import dev.kiln.runtime.bind.Binders;
import dev.kiln.runtime.bind.Field;
import dev.kiln.runtime.bind.Loc;
import dev.kiln.runtime.bind.Params;
import dev.kiln.runtime.bind.ValidationErrors;
import dev.kiln.runtime.json.JsonWriters;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * STAND-IN FOR GENERATED CODE: written by hand, before {@code kiln-processor} read {@code @Form},
 * {@code @File} and raw {@code @Body} parameters, in the shape it now generates (the processor's
 * {@code forms} golden case holds the real output). It calls the runtime's contract as generated code
 * does, so the runtime's form tests drive the host through it. To do: make {@link FormsApp} a golden
 * case whose output is checked in under {@code src/test/generated}, as the test app's is.
 */
public final class FormsApp_Routes {
    private static final Responder LOGIN = Responder.json(200, JsonWriters.databind(FormsApp.Login.class));
    private static final Responder TAGS =
            Responder.json(200, JsonWriters.databind(new TypeReference<Map<String, Object>>() {}));
    private static final Responder UPDATE = Responder.json(200, JsonWriters.databind(FormsApp.Profile.class));
    private static final Responder PHOTOS =
            Responder.json(200, JsonWriters.databind(new TypeReference<List<FormsApp.Stored>>() {}));
    private static final Responder DIGEST = Responder.json(200, JsonWriters.databind(String.class));
    private static final Responder ITEM = Responder.json(200, JsonWriters.databind(FormsApp.ItemIn.class));
    private static final Responder RAW = Responder.json(200, JsonWriters.databind(Integer.class));
    private static final Responder TEXT = Responder.json(200, JsonWriters.databind(String.class));

    private static final Binder<FormsApp.ItemIn> ITEM_IN = Binders.record(
            "ItemIn",
            v -> new FormsApp.ItemIn((String) v[0], (Integer) v[1]),
            Field.required("name", Binders.STRING),
            Field.required("price", Binders.INT));

    private final WorkerPool defaultPool;

    public FormsApp_Routes(AppContext app) {
        this.defaultPool = app.workerPool("default");
    }

    public List<Route> routes() {
        return List.of(
                new Route(
                        HttpMethod.POST,
                        "/login",
                        "FormsApp.login",
                        Dispatch.worker("default"),
                        1,
                        BodyKind.FORM,
                        this::login),
                new Route(
                        HttpMethod.POST,
                        "/tags",
                        "FormsApp.tags",
                        Dispatch.worker("default"),
                        1,
                        BodyKind.FORM,
                        this::tags),
                new Route(
                        HttpMethod.POST,
                        "/profile",
                        "FormsApp.update",
                        Dispatch.worker("default"),
                        1,
                        BodyKind.FORM,
                        this::update),
                new Route(
                        HttpMethod.POST,
                        "/photos",
                        "FormsApp.photos",
                        Dispatch.worker("default"),
                        1,
                        BodyKind.FORM,
                        this::photos),
                new Route(
                        HttpMethod.POST,
                        "/digest",
                        "FormsApp.digest",
                        Dispatch.eventLoop(),
                        0,
                        BodyKind.FORM,
                        this::digest),
                new Route(
                        HttpMethod.POST,
                        "/items",
                        "FormsApp.item",
                        Dispatch.worker("default"),
                        1,
                        BodyKind.BYTES,
                        this::item),
                new Route(
                        HttpMethod.POST,
                        "/raw",
                        "FormsApp.raw",
                        Dispatch.worker("default"),
                        1,
                        BodyKind.BYTES,
                        this::raw),
                new Route(
                        HttpMethod.POST,
                        "/text",
                        "FormsApp.text",
                        Dispatch.worker("default"),
                        1,
                        BodyKind.BYTES,
                        this::text));
    }

    /** {@code POST /login}: {@link FormsApp#login(String, String)}. */
    private void login(Exchange ex) {
        ValidationErrors errors = ex.validationErrors();
        String username = Params.required(ex.formField("username"), Binders.STRING, Loc.body("username"), errors);
        String password = Params.required(ex.formField("password"), Binders.STRING, Loc.body("password"), errors);
        if (!errors.isEmpty()) {
            ex.reject(errors);
            return;
        }
        // worker[default]: returns a plain value
        ex.reply(LOGIN, ex.onWorker(defaultPool, () -> FormsApp.login(username, password)));
    }

    /** {@code POST /tags}: {@link FormsApp#tags(List, int)}. */
    private void tags(Exchange ex) {
        ValidationErrors errors = ex.validationErrors();
        List<String> tag = Params.list(ex.formFields("tag"), Binders.STRING, Loc.body("tag"), errors);
        Integer page = Params.orDefault(ex.formField("page"), Binders.INT, Loc.body("page"), errors, 1);
        if (!errors.isEmpty()) {
            ex.reject(errors);
            return;
        }
        // worker[default]: returns a plain value
        ex.reply(TAGS, ex.onWorker(defaultPool, () -> FormsApp.tags(tag, page)));
    }

    /** {@code POST /profile}: {@link FormsApp#update(FormsApp.ProfileForm, Upload)}. */
    private void update(Exchange ex) {
        ValidationErrors errors = ex.validationErrors();
        // @Form ProfileForm: one form field per component, the record made once all bound.
        String formName = Params.required(ex.formField("name"), Binders.STRING, Loc.body("name"), errors);
        Integer formAge = Params.required(ex.formField("age"), Binders.INT, Loc.body("age"), errors);
        Optional<String> formBio = Params.optional(ex.formField("bio"), Binders.STRING, Loc.body("bio"), errors);
        Upload avatar = Params.file(ex.upload("avatar"), ex.formField("avatar"), Loc.body("avatar"), errors);
        if (!errors.isEmpty()) {
            ex.reject(errors);
            return;
        }
        FormsApp.ProfileForm form = new FormsApp.ProfileForm(formName, formAge, formBio);
        // worker[default]: returns a plain value
        ex.reply(UPDATE, ex.onWorker(defaultPool, () -> FormsApp.update(form, avatar)));
    }

    /** {@code POST /photos}: {@link FormsApp#photos(List, Optional)}. */
    private void photos(Exchange ex) {
        ValidationErrors errors = ex.validationErrors();
        List<Upload> photos = Params.files(ex.uploads("photos"), ex.formFields("photos"), Loc.body("photos"), errors);
        Optional<String> album = Params.optional(ex.formField("album"), Binders.STRING, Loc.body("album"), errors);
        if (!errors.isEmpty()) {
            ex.reject(errors);
            return;
        }
        // worker[default]: returns a plain value
        ex.reply(PHOTOS, ex.onWorker(defaultPool, () -> FormsApp.photos(photos, album)));
    }

    /** {@code POST /digest}: {@link FormsApp#digest(byte[], Optional)}. */
    private void digest(Exchange ex) {
        ValidationErrors errors = ex.validationErrors();
        Upload dataFile = Params.file(ex.upload("data"), ex.formField("data"), Loc.body("data"), errors);
        Optional<Upload> extra =
                Params.optionalFile(ex.upload("extra"), ex.formField("extra"), Loc.body("extra"), errors);
        if (!errors.isEmpty()) {
            ex.reject(errors);
            return;
        }
        // event loop: @File byte[] data is read off the loop first (Exchange.read)
        Future<byte[]> data = ex.read(dataFile);
        // event loop: returns Future
        ex.reply(DIGEST, data.compose(done -> ex.async(() -> FormsApp.digest(data.result(), extra))));
    }

    /** {@code POST /items}: {@link FormsApp#item(FormsApp.ItemIn)}; a JSON body, checked for its content type. */
    private void item(Exchange ex) {
        ValidationErrors errors = ex.validationErrors();
        JsonNode json = Params.json(ex.body(), ex.header("content-type"), errors);
        FormsApp.ItemIn body = Params.body(json, ITEM_IN, true, errors);
        if (!errors.isEmpty()) {
            ex.reject(errors);
            return;
        }
        // worker[default]: returns a plain value
        ex.reply(ITEM, ex.onWorker(defaultPool, () -> FormsApp.item(body)));
    }

    /** {@code POST /raw}: {@link FormsApp#raw(byte[])}. */
    private void raw(Exchange ex) {
        ValidationErrors errors = ex.validationErrors();
        byte[] data = Params.bytes(ex.body(), true, errors);
        if (!errors.isEmpty()) {
            ex.reject(errors);
            return;
        }
        // worker[default]: returns a plain value
        ex.reply(RAW, ex.onWorker(defaultPool, () -> FormsApp.raw(data)));
    }

    /** {@code POST /text}: {@link FormsApp#text(String)}. */
    private void text(Exchange ex) {
        ValidationErrors errors = ex.validationErrors();
        String text = Params.text(ex.body(), true, errors);
        if (!errors.isEmpty()) {
            ex.reject(errors);
            return;
        }
        // worker[default]: returns a plain value
        ex.reply(TEXT, ex.onWorker(defaultPool, () -> FormsApp.text(text)));
    }
}
