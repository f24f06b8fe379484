package com.ccp.report;

import java.util.List;
import java.util.stream.Collectors;

/** A profile document that cannot be used, with every problem found in it. */
public class InvalidProfileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ProfileProblem> problems;

    public InvalidProfileException(List<ProfileProblem> problems) {
        super("The report profile is not valid: " + problems.stream()
                .map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ProfileProblem> problems() {
        return problems;
    }
}
