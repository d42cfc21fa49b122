package com.kospet.warranty.http;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods the service's resources take at a path, for the {@code Allow} header of a 405 (RFC 9110 requires
 * it): the framework answers a wrong method without one. Read once, from the {@code @Path} resource classes among
 * the service's beans; as the framework does for OPTIONS, HEAD goes with GET and OPTIONS with every path.
 */
@Singleton
public class AllowedMethods {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    private final BeanManager beans;
    private volatile List<Endpoint> endpoints;

    public AllowedMethods(BeanManager beans) {
        this.beans = beans;
    }

    /** The methods allowed at {@code path} (relative to the application's root), in alphabetical order. */
    public Set<String> at(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.path().matcher(normalized(path)).matches()) {
                allowed.add(endpoint.method());
            }
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        if (!allowed.isEmpty()) {
            allowed.add("OPTIONS");
        }
        return allowed;
    }

    private List<Endpoint> endpoints() {
        if (endpoints == null) {
            List<Endpoint> found = new ArrayList<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                Path root = type.getAnnotation(Path.class);
                if (root != null && !type.isInterface()) {
                    for (Method method : type.getMethods()) {
                        httpMethod(method).ifPresent(verb -> found.add(new Endpoint(verb,
                                template(root.value(), method.getAnnotation(Path.class)))));
                    }
                }
            }
            endpoints = List.copyOf(found);
        }
        return endpoints;
    }

    private static java.util.Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return java.util.Optional.of(verb.value());
            }
        }
        return java.util.Optional.empty();
    }

    /** The class's and the method's {@code @Path} as one pattern; a parameter matches one segment or its own regex. */
    private static Pattern template(String classPath, Path methodPath) {
        String path = normalized(classPath + "/" + (methodPath == null ? "" : methodPath.value()));
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(path);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(path.substring(last, parameter.start())));
            regex.append(parameter.group(1) == null ? "[^/]+" : "(?:" + parameter.group(1).strip() + ")");
            last = parameter.end();
        }
        regex.append(Pattern.quote(path.substring(last)));
        return Pattern.compile(regex.toString());
    }

    /** One leading slash, none trailing, no doubled ones. */
    private static String normalized(String path) {
        String joined = ("/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private record Endpoint(String method, Pattern path) {
    }
}
