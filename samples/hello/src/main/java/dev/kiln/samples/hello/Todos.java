package dev.kiln.samples.hello;

import dev.kiln.Default;
import dev.kiln.Delete;
import dev.kiln.Get;
import dev.kiln.HttpException;
import dev.kiln.Post;
import dev.kiln.Router;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A todo list kept in memory, of at most {@code APP_MAX_TODOS} todos. */
@Router(prefix = "/todos", tags = "todos")
public final class Todos {
    private final Map<Integer, Todo> todos = new ConcurrentSkipListMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final int maxTodos;

    public Todos(HelloSettings settings) {
        this.maxTodos = settings.maxTodos();
    }

    /** Lists todos, oldest first. Runs on a worker thread: it returns a plain value. */
    @Get("")
    public List<Todo> list(@Default("0") int skip, @Default("100") int limit) {
        return todos.values().stream().skip(skip).limit(limit).toList();
    }

    /** Reads one todo. Runs on the event loop: it returns a Future. */
    @Get("/{todoId}")
    public Future<Todo> read(int todoId) {
        Todo todo = todos.get(todoId);
        return todo == null
                ? Future.failedFuture(new HttpException(404, "Todo not found"))
                : Future.succeededFuture(todo);
    }

    /** Creates a todo; a full list answers 409. */
    @Post(value = "", status = 201)
    public Todo create(TodoIn todo) {
        if (todos.size() >= maxTodos) {
            throw new HttpException(409, "The todo list is full");
        }
        int id = ids.incrementAndGet();
        Todo created = new Todo(id, todo.title(), todo.done().orElse(false));
        todos.put(id, created);
        return created;
    }

    /** Deletes a todo; answers 204. */
    @Delete("/{todoId}")
    public void delete(int todoId) {
        if (todos.remove(todoId) == null) {
            throw new HttpException(404, "Todo not found");
        }
    }
}
