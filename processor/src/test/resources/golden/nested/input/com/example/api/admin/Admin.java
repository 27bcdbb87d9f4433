package com.example.api.admin;

import dev.kiln.Delete;
import dev.kiln.Get;
import dev.kiln.Router;

/** Route classes nested in a plain holder class. */
public final class Admin {
    private Admin() {
    }

    @Router(prefix = "/admin/users", tags = {"admin", "users"})
    public static final class Users {
        /** Lists the users. Only administrators may call it. */
        @Get(value = "", tags = {"users", "listing"}, summary = "All users", operationId = "listUsers")
        public static String list() {
            return "";
        }

        @Delete(value = "/{userId}", deprecated = true)
        public void remove(long userId) {
        }

        /** Overloads get distinct generated names. */
        @Get("/{userId}")
        public String remove(String userId) {
            return userId;
        }
    }
}
