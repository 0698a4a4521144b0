// Generated from the server's OpenAPI document by `npm run api-types`. Do not edit.

export interface paths {
    "/api/v1/admin/models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an installed model from the cache */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/models/{id}:download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Download and install a model in the background (202); progress arrives as model.download.* events */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "installed" | "downloading";
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "installed" | "downloading";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Job counts by status (all users) and this process’s workers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canceled: number;
                            completed: number;
                            failed: number;
                            processing: number;
                            queued: number;
                            /** @description Jobs running in this server process */
                            running_here: number;
                            /** @description Worker loops in this server process */
                            workers: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the user's API keys */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp
                                 */
                                created_at: string;
                                description: string | null;
                                id: string;
                                is_active: boolean;
                                /** @description Like sk_…abcd; the full key is shown only once, at creation */
                                key_preview: string;
                                last_used_at: string | null;
                                name: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp
                                 */
                                updated_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Create an API key; the raw key is in this response only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            created_at: string;
                            description: string | null;
                            id: string;
                            is_active: boolean;
                            /** @description The raw API key. Store it now: it cannot be shown again. */
                            key: string;
                            /** @description Like sk_…abcd; the full key is shown only once, at creation */
                            key_preview: string;
                            last_used_at: string | null;
                            name: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an API key */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password; ends all other sessions and returns a new one */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        current_password: string;
                        /** @description 8–256 characters */
                        new_password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access_token: string;
                            /** @description Seconds until the access token expires */
                            expires_in: number;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            refresh_expires_at: string;
                            refresh_token: string;
                            /** @enum {string} */
                            token_type: "Bearer";
                            user: {
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp
                                 */
                                created_at: string;
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "user";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp
                                 */
                                updated_at: string;
                                username: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/change-username": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the username */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 3–64 letters, digits or . _ @ - */
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            created_at: string;
                            id: string;
                            /** @enum {string} */
                            role: "admin" | "user";
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            updated_at: string;
                            username: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with username and password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access_token: string;
                            /** @description Seconds until the access token expires */
                            expires_in: number;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            refresh_expires_at: string;
                            refresh_token: string;
                            /** @enum {string} */
                            token_type: "Bearer";
                            user: {
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp
                                 */
                                created_at: string;
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "user";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp
                                 */
                                updated_at: string;
                                username: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session of the given refresh token, or every session (and access token) when none is given */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refresh_token?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            created_at: string;
                            id: string;
                            /** @enum {string} */
                            role: "admin" | "user";
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            updated_at: string;
                            username: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token for new tokens (the old one stops working) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refresh_token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access_token: string;
                            /** @description Seconds until the access token expires */
                            expires_in: number;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            refresh_expires_at: string;
                            refresh_token: string;
                            /** @enum {string} */
                            token_type: "Bearer";
                            user: {
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp
                                 */
                                created_at: string;
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "user";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp
                                 */
                                updated_at: string;
                                username: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create the first account (an admin); closed once an account exists */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 8–256 characters */
                        password: string;
                        /** @description 3–64 letters, digits or . _ @ - */
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access_token: string;
                            /** @description Seconds until the access token expires */
                            expires_in: number;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            refresh_expires_at: string;
                            refresh_token: string;
                            /** @enum {string} */
                            token_type: "Bearer";
                            user: {
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp
                                 */
                                created_at: string;
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "user";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp
                                 */
                                updated_at: string;
                                username: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/registration-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the first account can still be registered */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            registration_open: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/stream-ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A short-lived ticket for streams a browser opens without headers (EventSource, <audio src>): pass it as ?ticket= */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expires_in: number;
                            ticket: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live events of all the user's transcriptions and files (text/event-stream)
         * @description Events: transcription.queued|progress|completed|failed|canceled|updated|deleted, file.ready, model.download.*. Each has an id; reconnect with Last-Event-ID (or ?last_event_id=) to get what was missed, or an event "resync" when that is no longer possible. Browsers (EventSource) authenticate with ?ticket= from POST /auth/stream-ticket.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Resume after this event (same as the Last-Event-ID header) */
                    last_event_id?: string;
                    /** @description A stream ticket (POST /auth/stream-ticket), for clients that cannot send headers (EventSource, <audio>) */
                    ticket?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List files, newest first by default */
        get: {
            parameters: {
                query?: {
                    /** @description The next_cursor of the previous page */
                    cursor?: string;
                    kind?: "audio" | "video" | "youtube";
                    /** @description Items per page */
                    limit?: number;
                    /** @description Case-insensitive text to find in titles */
                    q?: string;
                    /** @description Field to sort by; a leading - sorts descending */
                    sort?: "created_at" | "-created_at" | "updated_at" | "-updated_at" | "title" | "-title";
                    status?: "uploaded" | "processing" | "ready" | "failed";
                    /** @description Only files that have (true) or have not (false) been transcribed */
                    transcribed?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp
                                 */
                                created_at: string;
                                duration_seconds: number | null;
                                id: string;
                                /** @enum {string} */
                                kind: "audio" | "video" | "youtube";
                                mime_type: string | null;
                                size_bytes: number | null;
                                /** @enum {string} */
                                status: "uploaded" | "processing" | "ready" | "failed";
                                title: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp
                                 */
                                updated_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Upload an audio or video file (multipart field "file", optional "title") */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retries with the same key and body return the first response */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description The audio or video file
                         */
                        file: string;
                        /** @description Defaults to the file name */
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            created_at: string;
                            duration_seconds: number | null;
                            id: string;
                            /** @enum {string} */
                            kind: "audio" | "video" | "youtube";
                            mime_type: string | null;
                            size_bytes: number | null;
                            /** @enum {string} */
                            status: "uploaded" | "processing" | "ready" | "failed";
                            title: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            created_at: string;
                            duration_seconds: number | null;
                            id: string;
                            /** @enum {string} */
                            kind: "audio" | "video" | "youtube";
                            mime_type: string | null;
                            size_bytes: number | null;
                            /** @enum {string} */
                            status: "uploaded" | "processing" | "ready" | "failed";
                            title: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a file and its stored media */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a file's title */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            created_at: string;
                            duration_seconds: number | null;
                            id: string;
                            /** @enum {string} */
                            kind: "audio" | "video" | "youtube";
                            mime_type: string | null;
                            size_bytes: number | null;
                            /** @enum {string} */
                            status: "uploaded" | "processing" | "ready" | "failed";
                            title: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/files/{id}/audio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stream the media (supports Range requests for seeking) */
        get: {
            parameters: {
                query?: {
                    /** @description A stream ticket (POST /auth/stream-ticket), for clients that cannot send headers (EventSource, <audio>) */
                    ticket?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                206: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                416: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/transcription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Speech models this server offers, with their installed state */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                capabilities: string[];
                                /** @description Used when a job names no model */
                                default: boolean;
                                /** @description A download of this model is in progress */
                                downloading: boolean;
                                id: string;
                                installed: boolean;
                                languages: string[];
                                name: string;
                                provider: string;
                                size_bytes: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List profiles, oldest first */
        get: {
            parameters: {
                query?: {
                    /** @description The next_cursor of the previous page */
                    cursor?: string;
                    /** @description Items per page */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp
                                 */
                                created_at: string;
                                description: string | null;
                                id: string;
                                is_default: boolean;
                                name: string;
                                options: {
                                    /** @description Label speakers */
                                    diarization?: boolean;
                                    /** @description ISO 639-1 code such as "en", or "auto" to detect */
                                    language?: string;
                                    max_speakers?: number;
                                    min_speakers?: number;
                                    /** @description A model id from GET /models/transcription */
                                    model?: string;
                                    num_speakers?: number;
                                    /**
                                     * @description "translate" produces English text
                                     * @enum {string}
                                     */
                                    task?: "transcribe" | "translate";
                                };
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp
                                 */
                                updated_at: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Create a profile */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        is_default?: boolean;
                        name: string;
                        options?: {
                            /** @description Label speakers */
                            diarization?: boolean;
                            /** @description ISO 639-1 code such as "en", or "auto" to detect */
                            language?: string;
                            max_speakers?: number;
                            min_speakers?: number;
                            /** @description A model id from GET /models/transcription */
                            model?: string;
                            num_speakers?: number;
                            /**
                             * @description "translate" produces English text
                             * @enum {string}
                             */
                            task?: "transcribe" | "translate";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            created_at: string;
                            description: string | null;
                            id: string;
                            is_default: boolean;
                            name: string;
                            options: {
                                /** @description Label speakers */
                                diarization?: boolean;
                                /** @description ISO 639-1 code such as "en", or "auto" to detect */
                                language?: string;
                                max_speakers?: number;
                                min_speakers?: number;
                                /** @description A model id from GET /models/transcription */
                                model?: string;
                                num_speakers?: number;
                                /**
                                 * @description "translate" produces English text
                                 * @enum {string}
                                 */
                                task?: "transcribe" | "translate";
                            };
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/profiles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a profile */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            created_at: string;
                            description: string | null;
                            id: string;
                            is_default: boolean;
                            name: string;
                            options: {
                                /** @description Label speakers */
                                diarization?: boolean;
                                /** @description ISO 639-1 code such as "en", or "auto" to detect */
                                language?: string;
                                max_speakers?: number;
                                min_speakers?: number;
                                /** @description A model id from GET /models/transcription */
                                model?: string;
                                num_speakers?: number;
                                /**
                                 * @description "translate" produces English text
                                 * @enum {string}
                                 */
                                task?: "transcribe" | "translate";
                            };
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a profile */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a profile (options replace the whole set) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        is_default?: boolean;
                        name?: string;
                        options?: {
                            /** @description Label speakers */
                            diarization?: boolean;
                            /** @description ISO 639-1 code such as "en", or "auto" to detect */
                            language?: string;
                            max_speakers?: number;
                            min_speakers?: number;
                            /** @description A model id from GET /models/transcription */
                            model?: string;
                            num_speakers?: number;
                            /**
                             * @description "translate" produces English text
                             * @enum {string}
                             */
                            task?: "transcribe" | "translate";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            created_at: string;
                            description: string | null;
                            id: string;
                            is_default: boolean;
                            name: string;
                            options: {
                                /** @description Label speakers */
                                diarization?: boolean;
                                /** @description ISO 639-1 code such as "en", or "auto" to detect */
                                language?: string;
                                max_speakers?: number;
                                min_speakers?: number;
                                /** @description A model id from GET /models/transcription */
                                model?: string;
                                num_speakers?: number;
                                /**
                                 * @description "translate" produces English text
                                 * @enum {string}
                                 */
                                task?: "transcribe" | "translate";
                            };
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/profiles/{id}:set-default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make this the default profile */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            created_at: string;
                            description: string | null;
                            id: string;
                            is_default: boolean;
                            name: string;
                            options: {
                                /** @description Label speakers */
                                diarization?: boolean;
                                /** @description ISO 639-1 code such as "en", or "auto" to detect */
                                language?: string;
                                max_speakers?: number;
                                min_speakers?: number;
                                /** @description A model id from GET /models/transcription */
                                model?: string;
                                num_speakers?: number;
                                /**
                                 * @description "translate" produces English text
                                 * @enum {string}
                                 */
                                task?: "transcribe" | "translate";
                            };
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks: {
                                /** @enum {string} */
                                database: "ok" | "failing";
                                /** @enum {string} */
                                media_tools: "ok" | "missing";
                            };
                            /** @enum {string} */
                            status: "ready" | "not_ready";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks: {
                                /** @enum {string} */
                                database: "ok" | "failing";
                                /** @enum {string} */
                                media_tools: "ok" | "missing";
                            };
                            /** @enum {string} */
                            status: "ready" | "not_ready";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The user's settings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            auto_transcription_enabled: boolean;
                            default_profile_id: string | null;
                            local_only: boolean;
                            max_upload_size_mb: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change settings (fields left out keep their values; null resets) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        auto_transcription_enabled?: boolean;
                        default_profile_id?: string | null;
                        local_only?: boolean;
                        max_upload_size_mb?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            auto_transcription_enabled: boolean;
                            default_profile_id: string | null;
                            local_only: boolean;
                            max_upload_size_mb: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/transcriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List transcriptions, newest first by default */
        get: {
            parameters: {
                query?: {
                    /** @description The next_cursor of the previous page */
                    cursor?: string;
                    /** @description Only transcriptions of this uploaded file */
                    file_id?: string;
                    /** @description Items per page */
                    limit?: number;
                    /** @description Case-insensitive text to find in titles */
                    q?: string;
                    sort?: "created_at" | "-created_at" | "updated_at" | "-updated_at" | "title" | "-title";
                    status?: "queued" | "processing" | "completed" | "failed" | "canceled";
                    /** @description Only jobs changed after this time */
                    updated_after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempts: number;
                                canceled_at: string | null;
                                completed_at: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp
                                 */
                                created_at: string;
                                error: string | null;
                                error_code: string | null;
                                failed_at: string | null;
                                file_id: string;
                                id: string;
                                options: {
                                    diarization: boolean;
                                    language: string;
                                    max_speakers?: number;
                                    min_speakers?: number;
                                    model: string;
                                    num_speakers?: number;
                                    /** @enum {string} */
                                    task: "transcribe" | "translate";
                                };
                                profile_id: string | null;
                                progress: number;
                                progress_stage: string | null;
                                queued_at: string | null;
                                source_transcription_id: string | null;
                                started_at: string | null;
                                /** @enum {string} */
                                status: "queued" | "processing" | "completed" | "failed" | "canceled";
                                title: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp
                                 */
                                updated_at: string;
                                /** @description What a completed job had to do without (for example speaker labels) */
                                warnings: string[];
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Queue a transcription of an uploaded file (202) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retries with the same key and body return the first response */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        file_id: string;
                        options?: {
                            /** @description Label speakers */
                            diarization?: boolean;
                            /** @description ISO 639-1 code such as "en", or "auto" to detect */
                            language?: string;
                            max_speakers?: number;
                            min_speakers?: number;
                            /** @description A model id from GET /models/transcription */
                            model?: string;
                            num_speakers?: number;
                            /**
                             * @description "translate" produces English text
                             * @enum {string}
                             */
                            task?: "transcribe" | "translate";
                        };
                        profile_id?: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            canceled_at: string | null;
                            completed_at: string | null;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            created_at: string;
                            error: string | null;
                            error_code: string | null;
                            failed_at: string | null;
                            file_id: string;
                            id: string;
                            options: {
                                diarization: boolean;
                                language: string;
                                max_speakers?: number;
                                min_speakers?: number;
                                model: string;
                                num_speakers?: number;
                                /** @enum {string} */
                                task: "transcribe" | "translate";
                            };
                            profile_id: string | null;
                            progress: number;
                            progress_stage: string | null;
                            queued_at: string | null;
                            source_transcription_id: string | null;
                            started_at: string | null;
                            /** @enum {string} */
                            status: "queued" | "processing" | "completed" | "failed" | "canceled";
                            title: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            updated_at: string;
                            /** @description What a completed job had to do without (for example speaker labels) */
                            warnings: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transcriptions:submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file and queue its transcription in one call (multipart: file, title, profile_id, options as JSON) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Retries with the same key and body return the first response */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description The audio or video file
                         */
                        file: string;
                        /** @description Job options as a JSON string, e.g. {"language":"en"} */
                        options?: string;
                        profile_id?: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            canceled_at: string | null;
                            completed_at: string | null;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            created_at: string;
                            error: string | null;
                            error_code: string | null;
                            failed_at: string | null;
                            file_id: string;
                            id: string;
                            options: {
                                diarization: boolean;
                                language: string;
                                max_speakers?: number;
                                min_speakers?: number;
                                model: string;
                                num_speakers?: number;
                                /** @enum {string} */
                                task: "transcribe" | "translate";
                            };
                            profile_id: string | null;
                            progress: number;
                            progress_stage: string | null;
                            queued_at: string | null;
                            source_transcription_id: string | null;
                            started_at: string | null;
                            /** @enum {string} */
                            status: "queued" | "processing" | "completed" | "failed" | "canceled";
                            title: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            updated_at: string;
                            /** @description What a completed job had to do without (for example speaker labels) */
                            warnings: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transcriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a transcription with its progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            canceled_at: string | null;
                            completed_at: string | null;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            created_at: string;
                            error: string | null;
                            error_code: string | null;
                            failed_at: string | null;
                            file_id: string;
                            id: string;
                            options: {
                                diarization: boolean;
                                language: string;
                                max_speakers?: number;
                                min_speakers?: number;
                                model: string;
                                num_speakers?: number;
                                /** @enum {string} */
                                task: "transcribe" | "translate";
                            };
                            profile_id: string | null;
                            progress: number;
                            progress_stage: string | null;
                            queued_at: string | null;
                            source_transcription_id: string | null;
                            started_at: string | null;
                            /** @enum {string} */
                            status: "queued" | "processing" | "completed" | "failed" | "canceled";
                            title: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            updated_at: string;
                            /** @description What a completed job had to do without (for example speaker labels) */
                            warnings: string[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a transcription (canceling it if it runs) and its transcript files */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a transcription's title */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            canceled_at: string | null;
                            completed_at: string | null;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            created_at: string;
                            error: string | null;
                            error_code: string | null;
                            failed_at: string | null;
                            file_id: string;
                            id: string;
                            options: {
                                diarization: boolean;
                                language: string;
                                max_speakers?: number;
                                min_speakers?: number;
                                model: string;
                                num_speakers?: number;
                                /** @enum {string} */
                                task: "transcribe" | "translate";
                            };
                            profile_id: string | null;
                            progress: number;
                            progress_stage: string | null;
                            queued_at: string | null;
                            source_transcription_id: string | null;
                            started_at: string | null;
                            /** @enum {string} */
                            status: "queued" | "processing" | "completed" | "failed" | "canceled";
                            title: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            updated_at: string;
                            /** @description What a completed job had to do without (for example speaker labels) */
                            warnings: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/transcriptions/{id}:cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a queued or running transcription */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "queued" | "processing" | "completed" | "failed" | "canceled";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transcriptions/{id}:retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a finished, failed or canceled transcription again as a new job, optionally with changed options
         * @description The new job keeps the options of the one it retries; `options` in the body replace single ones (for example another model). One retry of a job runs at a time.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        options?: {
                            /** @description Label speakers */
                            diarization?: boolean;
                            /** @description ISO 639-1 code such as "en", or "auto" to detect */
                            language?: string;
                            max_speakers?: number;
                            min_speakers?: number;
                            /** @description A model id from GET /models/transcription */
                            model?: string;
                            num_speakers?: number;
                            /**
                             * @description "translate" produces English text
                             * @enum {string}
                             */
                            task?: "transcribe" | "translate";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            canceled_at: string | null;
                            completed_at: string | null;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            created_at: string;
                            error: string | null;
                            error_code: string | null;
                            failed_at: string | null;
                            file_id: string;
                            id: string;
                            options: {
                                diarization: boolean;
                                language: string;
                                max_speakers?: number;
                                min_speakers?: number;
                                model: string;
                                num_speakers?: number;
                                /** @enum {string} */
                                task: "transcribe" | "translate";
                            };
                            profile_id: string | null;
                            progress: number;
                            progress_stage: string | null;
                            queued_at: string | null;
                            source_transcription_id: string | null;
                            started_at: string | null;
                            /** @enum {string} */
                            status: "queued" | "processing" | "completed" | "failed" | "canceled";
                            title: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp
                             */
                            updated_at: string;
                            /** @description What a completed job had to do without (for example speaker labels) */
                            warnings: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transcriptions/{id}/audio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stream the source media (supports Range) */
        get: {
            parameters: {
                query?: {
                    /** @description A stream ticket (POST /auth/stream-ticket), for clients that cannot send headers (EventSource, <audio>) */
                    ticket?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                206: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                416: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transcriptions/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live events of one transcription (text/event-stream) */
        get: {
            parameters: {
                query?: {
                    /** @description Resume after this event (same as the Last-Event-ID header) */
                    last_event_id?: string;
                    /** @description A stream ticket (POST /auth/stream-ticket), for clients that cannot send headers (EventSource, <audio>) */
                    ticket?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transcriptions/{id}/executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Attempts of a transcription, oldest first */
        get: {
            parameters: {
                query?: {
                    /** @description The next_cursor of the previous page */
                    cursor?: string;
                    /** @description Items per page */
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                completed_at: string | null;
                                error: string | null;
                                failed_at: string | null;
                                id: string;
                                model: string | null;
                                processing_duration_ms: number | null;
                                provider: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp
                                 */
                                started_at: string;
                                /** @enum {string} */
                                status: "processing" | "completed" | "failed" | "canceled";
                                transcription_id: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transcriptions/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the transcript as TXT, SRT, VTT or JSON */
        get: {
            parameters: {
                query: {
                    format: "txt" | "srt" | "vtt" | "json";
                    ticket?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                        "application/x-subrip": string;
                        "text/plain": string;
                        "text/vtt": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                        "application/x-subrip": components["schemas"]["ErrorResponse"];
                        "text/plain": components["schemas"]["ErrorResponse"];
                        "text/vtt": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                        "application/x-subrip": components["schemas"]["ErrorResponse"];
                        "text/plain": components["schemas"]["ErrorResponse"];
                        "text/vtt": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                        "application/x-subrip": components["schemas"]["ErrorResponse"];
                        "text/plain": components["schemas"]["ErrorResponse"];
                        "text/vtt": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                        "application/x-subrip": components["schemas"]["ErrorResponse"];
                        "text/plain": components["schemas"]["ErrorResponse"];
                        "text/vtt": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transcriptions/{id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The job log as text */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transcriptions/{id}/transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The transcript of a completed transcription */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            duration_seconds: number | null;
                            language: string | null;
                            segments: {
                                end: number;
                                id: string;
                                speaker?: string;
                                start: number;
                                text: string;
                            }[];
                            speakers: {
                                id: string;
                                label: string;
                            }[];
                            text: string;
                            transcription_id: string;
                            words: {
                                end: number;
                                speaker?: string;
                                start: number;
                                word: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Error */
        ErrorResponse: {
            error: {
                /** @description Stable machine-readable code */
                code: string;
                /** @description The request field at fault, if any */
                field?: string;
                /** @description Human-readable explanation */
                message: string;
                request_id: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
