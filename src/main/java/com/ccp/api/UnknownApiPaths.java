package com.ccp.api;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every {@code /api} request no endpoint takes: without this, Vaadin's catch-all answered an unknown
 * API path with the app's HTML page and status 200. A path an endpoint serves with other methods is
 * {@code 405} with {@code Allow}; any other path {@code 404 NOT_FOUND}.
 */
@RestController
class UnknownApiPaths {

    private final RequestMappingHandlerMapping mappings;

    UnknownApiPaths(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping({"/api", "/api/**"})
    ResponseEntity<ApiError> unknown(HttpServletRequest request, HttpServletResponse response) {
        Set<String> allowed = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (entry.getValue().getBeanType() == UnknownApiPaths.class || entry.getKey().getPathPatternsCondition() == null
                    || entry.getKey().getPathPatternsCondition().getMatchingCondition(request) == null) {
                continue;
            }
            entry.getKey().getMethodsCondition().getMethods().forEach(method -> allowed.add(method.name()));
        }
        if (allowed.contains(request.getMethod())) {
            // the path and method exist: what no endpoint takes is the body's content type
            throw new AppException(ErrorCode.BAD_INPUT, "The request body has a content type this call does not take ("
                    + ApiErrorContract.brief(String.valueOf(request.getContentType()))
                    + "); uploads are multipart/form-data, other bodies application/json.",
                    Map.of("contentType", ApiErrorContract.brief(String.valueOf(request.getContentType()))));
        }
        if (!allowed.isEmpty()) {
            response.setHeader("Allow", String.join(", ", allowed));
            return ResponseEntity.status(405).contentType(MediaType.APPLICATION_JSON).body(new ApiError("BAD_INPUT",
                    "The method "
                    + ApiErrorContract.brief(request.getMethod()) + " is not allowed here; allowed: "
                    + String.join(", ", allowed) + ".", Map.of("allowed", allowed)));
        }
        throw new AppException(ErrorCode.NOT_FOUND, "There is no such API path: "
                + ApiErrorContract.brief(request.getRequestURI()) + ".");
    }
}
