package io.newsflow.sink.web;

/**
 * A request the API refuses, answered as a JSON body {@code {"error", "parameter", "message"}}:
 * {@code bad-request} (400) names the offending {@code parameter} (null when the path itself is wrong) and
 * what is allowed; {@code not-found} (404) and {@code method-not-allowed} (405) have no parameter.
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final String error;
    final String parameter;

    private ApiError(int status, String error, String parameter, String message) {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
        this.parameter = parameter;
    }

    static ApiError badRequest(String parameter, String message) {
        return new ApiError(400, "bad-request", parameter, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, "not-found", null, message);
    }

    static ApiError methodNotAllowed(String method) {
        return new ApiError(405, "method-not-allowed", null, "only GET is allowed, not " + method);
    }
}
