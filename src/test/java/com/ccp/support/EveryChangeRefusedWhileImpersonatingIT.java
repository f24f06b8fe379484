package com.ccp.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.security.Actor;
import com.ccp.security.PermittedWhileImpersonating;
import com.ccp.security.Role;
import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Impersonation is read-only at the service layer, for every changing service method, found by
 * reflection rather than listed: every public method of a {@code @Service} that takes an
 * {@link Actor} and is not {@code @Transactional(readOnly = true)} must refuse an impersonating
 * actor with {@code READ_ONLY} — before it looks at its other arguments, so any plausible arguments
 * do. A new method is covered the day it is written; the only exceptions carry
 * {@link PermittedWhileImpersonating} with their reason.
 */
@IntegrationTest
class EveryChangeRefusedWhileImpersonatingIT {

    private static final Actor SUPPORT_AS_ALICE = new Actor("support", Set.of(Role.USER), "alice");

    @Autowired
    ApplicationContext context;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    record ServiceMethod(String bean, Method method) {
        @Override
        public String toString() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName();
        }
    }

    @Test
    void everyChangingServiceMethodRefusesWhileImpersonating() throws InterruptedException {
        String sessionId = aCompletedSessionOfAlice();
        List<ServiceMethod> changing = changingServiceMethods();
        assertThat(changing).extracting(ServiceMethod::toString)
                .as("the enumeration finds the known ones, so it would find new ones")
                .contains("IngestionService.createSession", "EmployeeService.resolveIssue",
                        "SessionService.requireAction", "ImpersonationService.start");

        List<String> notRefused = new ArrayList<>();
        List<String> notLogged = new ArrayList<>();
        for (ServiceMethod candidate : changing) {
            Object[] arguments = plausibleArguments(candidate.method(), sessionId);
            int refusalsBefore = refusalsOfSupport();
            Throwable thrown = catchThrowable(() -> transaction.executeWithoutResult(status -> {
                status.setRollbackOnly();
                invoke(context.getBean(candidate.bean()), candidate.method(), arguments);
            }));
            if (!(thrown instanceof AppException refusal) || refusal.code() != ErrorCode.READ_ONLY) {
                notRefused.add(candidate + " -> " + (thrown == null ? "returned normally" : thrown));
            } else if (refusalsOfSupport() != refusalsBefore + 1) {
                notLogged.add(candidate + " -> " + (refusalsOfSupport() - refusalsBefore) + " refusals logged");
            }
        }
        assertThat(notRefused).as("changing service methods that did not refuse with READ_ONLY first").isEmpty();
        assertThat(notLogged).as("refusals not in the activity log exactly once").isEmpty();
    }

    /** The activity log's refusals of support viewing as alice (a refusal is written in its own transaction). */
    private int refusalsOfSupport() {
        return jdbc.sql("SELECT COUNT(*) FROM activity_log WHERE actor = 'support' AND acting_as = 'alice'"
                + " AND outcome = 'REFUSED'").query(Integer.class).single();
    }

    private List<ServiceMethod> changingServiceMethods() {
        List<ServiceMethod> methods = new ArrayList<>();
        for (Map.Entry<String, Object> bean : context.getBeansWithAnnotation(Service.class).entrySet()) {
            Class<?> type = AopUtils.getTargetClass(bean.getValue());
            if (!type.getPackageName().startsWith("com.ccp")
                    || type.isAnnotationPresent(PermittedWhileImpersonating.class)) {
                continue;
            }
            Arrays.stream(type.getMethods())
                    .filter(method -> !Modifier.isStatic(method.getModifiers()))
                    .filter(method -> method.getDeclaringClass().getPackageName().startsWith("com.ccp"))
                    .filter(method -> Arrays.asList(method.getParameterTypes()).contains(Actor.class))
                    .filter(method -> !method.isAnnotationPresent(PermittedWhileImpersonating.class))
                    .filter(method -> !readOnly(method, type))
                    .forEach(method -> methods.add(new ServiceMethod(bean.getKey(), method)));
        }
        methods.sort(Comparator.comparing(ServiceMethod::toString));
        return methods;
    }

    private static boolean readOnly(Method method, Class<?> type) {
        Transactional transactional = Optional.ofNullable(
                        AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class))
                .orElse(AnnotatedElementUtils.findMergedAnnotation(type, Transactional.class));
        return transactional != null && transactional.readOnly();
    }

    private static Object[] plausibleArguments(Method method, String sessionId) {
        Class<?>[] types = method.getParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            arguments[i] = plausible(types[i], sessionId);
        }
        return arguments;
    }

    private static Object plausible(Class<?> type, String sessionId) {
        if (type == Actor.class) {
            return SUPPORT_AS_ALICE;
        } else if (type == String.class) {
            return sessionId;
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (type == int.class || type == Integer.class) {
            return 1;
        } else if (type == long.class || type == Long.class) {
            return 1L;
        } else if (type == boolean.class || type == Boolean.class) {
            return false;
        } else if (List.class.isAssignableFrom(type) || type == Collection.class) {
            return List.of();
        } else if (Set.class.isAssignableFrom(type)) {
            return Set.of();
        } else if (Map.class.isAssignableFrom(type)) {
            return Map.of();
        } else if (type == Optional.class) {
            return Optional.empty();
        }
        return null;
    }

    private static void invoke(Object bean, Method method, Object[] arguments) {
        try {
            method.invoke(bean, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private String aCompletedSessionOfAlice() throws InterruptedException {
        ApiClient alice = new ApiClient(port, "alice");
        String id = alice.createSession("Alice, read-only for support", Samples.small().car(),
                Samples.small().receipts()).body().path("id").asString();
        assertThat(alice.awaitProcessed(id, Duration.ofSeconds(60)).path("status").asString()).isEqualTo("COMPLETED");
        return id;
    }
}
