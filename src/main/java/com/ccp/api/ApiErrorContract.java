package com.ccp.api;

import com.ccp.base.AppException;
import com.ccp.base.AppProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.DispatcherServlet;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last word on every {@code /api} answer that is not a success, in front of everything else
 * (Spring Security included): an error the container or a framework answers with {@code sendError}
 * — a multipart body it could not parse or found too large, a method or content type no endpoint
 * takes, a request the firewall rejected, a refusal — becomes api.md's JSON with the right status,
 * instead of an error dispatch to the view chain (which answered an empty 403). Exceptions nothing
 * else handled become JSON too.
 */
class ApiErrorContract extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorContract.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int maxFileSizeMb;

    ApiErrorContract(AppProperties properties) {
        this.maxFileSizeMb = properties.maxFileSizeMb();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        JsonErrors errors = new JsonErrors(response, request);
        try {
            chain.doFilter(request, errors);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted() || e.getClass().getSimpleName().equals("ClientAbortException")) {
                throw e;
            }
            AppException refusal = appException(e);
            if (refusal != null) {
                errors.write(refusal.code().status(), refusal.code().name(), refusal.getMessage());
            } else if (sizeLimit(e)) {
                errors.write(413, "TOO_LARGE", tooLargeMessage());
            } else if (badInput(e)) {
                log.debug("Bad API request {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
                errors.write(400, "BAD_INPUT", "The request could not be read: " + brief(rootOf(e).getMessage()) + ".");
            } else {
                log.error("API call {} {} failed", request.getMethod(), request.getRequestURI(), e);
                errors.write(500, "INTERNAL_ERROR", INTERNAL);
            }
            return;
        }
        // written after the chain, when the exception behind a sendError is known (a request attribute)
        if (errors.status != 0) {
            errors.writePending(request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE));
        }
    }

    private static final String INTERNAL = "Something went wrong on the server; nothing was changed."
            + " Tell support the time of the error.";

    private String tooLargeMessage() {
        return "The upload is larger than the limit of " + maxFileSizeMb + " MB per file (MAX_FILE_SIZE_MB).";
    }

    private static @Nullable AppException appException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AppException app) {
                return app;
            }
        }
        return null;
    }

    /** A file or request over the multipart size limits; not a part whose headers are too long. */
    private static boolean sizeLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("FileSizeLimitExceededException") || name.equals("SizeLimitExceededException")) {
                // Tomcat reports a part's headers over their limit (a file name of thousands of characters) alike
                return t.getMessage() == null || !t.getMessage().startsWith("Header section");
            }
        }
        return false;
    }

    /** What a client's malformed body or URL causes: a parse of the request that failed. */
    private static boolean badInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MultipartException || t instanceof IllegalArgumentException
                    || t.getClass().getName().contains("fileupload")
                    || t.getClass().getSimpleName().equals("RequestRejectedException")
                    || t.getClass().getSimpleName().equals("EOFException")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** A client's text echoed in a message stays short and printable. */
    static String brief(String text) {
        if (text == null || text.isBlank()) {
            return "malformed request";
        }
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 200 ? printable : printable.substring(0, 199) + "…";
    }

    /** Keeps a {@code sendError} for the filter to answer as JSON once the chain has returned. */
    private final class JsonErrors extends HttpServletResponseWrapper {
        private final HttpServletRequest request;
        private int status;
        private @Nullable String reason;

        JsonErrors(HttpServletResponse response, HttpServletRequest request) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, @Nullable String reason) {
            this.status = status;
            this.reason = reason;
        }

        @Override
        public boolean isCommitted() {
            return status != 0 || super.isCommitted();
        }

        void writePending(@Nullable Object exception) throws IOException {
            switch (status) {
                case 400 -> write(400, "BAD_INPUT",
                        "The request is not valid" + (reason == null ? "." : ": " + brief(reason) + "."));
                case 401 -> write(401, "UNAUTHORIZED", "Sign in first.");
                case 403 -> write(403, "FORBIDDEN", "This is not allowed.");
                case 404 -> write(404, "NOT_FOUND",
                        "There is no such API path: " + brief(request.getRequestURI()) + ".");
                case 405 -> write(405, "BAD_INPUT", "The method " + brief(request.getMethod()) + " is not allowed on "
                        + brief(request.getRequestURI()) + "; see the Allow header.");
                case 406 -> write(406, "BAD_INPUT",
                        "This answer cannot be given in the format the Accept header asks for.");
                case 413 -> {
                    if (exception instanceof Throwable cause && !sizeLimit(cause)) {
                        // Spring calls any multipart failure that "exceeds a size" too large: a part's headers too
                        write(400, "BAD_INPUT", "A part of the upload could not be read ("
                                + brief(rootOf(cause).getMessage()) + "); is a file name unusually long?");
                    } else {
                        write(413, "TOO_LARGE", tooLargeMessage());
                    }
                }
                case 415 -> write(400, "BAD_INPUT", "The request body has a content type this call does not take"
                        + " (uploads are multipart/form-data, other bodies application/json).");
                default -> {
                    if (status >= 500) {
                        write(status, "INTERNAL_ERROR", INTERNAL);
                    } else {
                        write(status, status == 409 ? "CONFLICT" : "BAD_INPUT",
                                "The request was refused" + (reason == null ? "." : ": " + brief(reason) + "."));
                    }
                }
            }
        }

        void write(int status, String code, String message) throws IOException {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (response.isCommitted()) {
                return;
            }
            response.resetBuffer();
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            byte[] body = JSON.writeValueAsBytes(new ApiError(code, message, Map.of()));
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.flushBuffer();
        }
    }
}
