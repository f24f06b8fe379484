package com.ccp.api;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.base.db.ColumnLimits;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Maps every failure of an API call to api.md's error JSON, once. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    /** Columns whose API field has another name. */
    private static final Map<String, String> FIELDS = Map.of("void_reason", "reason", "closure_reason", "reason",
            "resolution_reason", "reason", "original_name", "file");
    private static final Pattern TOO_LONG = Pattern.compile("Data too long for column '([A-Za-z0-9_]+)'");

    private final ColumnLimits columnLimits;

    ApiExceptionHandler(ColumnLimits columnLimits) {
        this.columnLimits = columnLimits;
    }

    @ExceptionHandler(AppException.class)
    ResponseEntity<ApiError> app(AppException e) {
        return error(e.code(), e.getMessage(), e.details());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return error(ErrorCode.TOO_LARGE, "The upload is larger than the size limit (MAX_FILE_SIZE_MB).", Map.of());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
        return error(ErrorCode.BAD_INPUT, "The multipart part '" + e.getRequestPartName() + "' is missing.",
                Map.of("file", e.getRequestPartName()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return error(ErrorCode.BAD_INPUT, "The parameter '" + e.getParameterName() + "' is missing.",
                Map.of("field", e.getParameterName()));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, HttpMessageNotReadableException.class,
            MultipartException.class, IllegalArgumentException.class})
    ResponseEntity<ApiError> badInput(Exception e) {
        return error(ErrorCode.BAD_INPUT, "The request is not valid: " + e.getMessage(), Map.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return error(ErrorCode.NOT_FOUND, "There is no such API path.", Map.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(405).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError("BAD_INPUT", e.getMessage(), Map.of()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> wrongBodyType(HttpMediaTypeNotSupportedException e) {
        return error(ErrorCode.BAD_INPUT, "The request body has a content type this call does not take ("
                + ApiErrorContract.brief(String.valueOf(e.getContentType())) + "); uploads are multipart/form-data,"
                + " other bodies application/json.", Map.of());
    }

    /** A text longer than its column (strict SQL mode refuses it): the field and its limit, not a 500. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiError> tooLong(DataIntegrityViolationException e) {
        Matcher column = TOO_LONG.matcher(String.valueOf(e.getMostSpecificCause().getMessage()));
        if (!column.find()) {
            return unexpected(e);
        }
        String field = FIELDS.getOrDefault(column.group(1), column.group(1));
        Integer limit = columnLimits.of(column.group(1)).orElse(null);
        return error(ErrorCode.BAD_INPUT, "The field '" + field + "' is too long"
                + (limit == null ? "." : "; the limit is " + limit + " characters."),
                limit == null ? Map.of("field", field) : Map.of("field", field, "limit", limit));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("API call failed", e);
        return ResponseEntity.status(500).contentType(MediaType.APPLICATION_JSON).body(new ApiError("INTERNAL_ERROR",
                "Something went wrong on the server; nothing was changed. Tell support the time of the error.", Map.of()));
    }

    /** Always JSON, whatever the Accept header asks for (a CSV download refused is still the error JSON). */
    static ResponseEntity<ApiError> error(ErrorCode code, String message, Map<String, Object> details) {
        return ResponseEntity.status(code.status()).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(code.name(), message, details));
    }
}
