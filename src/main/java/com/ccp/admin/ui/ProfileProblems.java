package com.ccp.admin.ui;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;

/** Why a profile was not saved or could not be checked: every problem by field, or the one refusal. */
class ProfileProblems extends Div {

    ProfileProblems() {
        setId("profile-problems");
        addClassNames("failure", "profile-problems");
        setVisible(false);
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    /** Shows a refusal under a heading such as "Not saved"; a {@code BAD_INPUT} lists every problem. */
    void show(String heading, AppException refusal) {
        removeAll();
        List<Map<?, ?>> problems = problems(refusal);
        Span title = new Span();
        title.addClassName("profile-problems-title");
        if (problems.isEmpty()) {
            title.setText(heading + (refusal.code() == ErrorCode.CONFLICT ? " — conflict:" : ":"));
            Span message = new Span(refusal.getMessage());
            message.setId("profile-problem-message");
            add(title, message);
        } else {
            title.setText(heading + " — " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " in the profile:");
            UnorderedList list = new UnorderedList();
            for (Map<?, ?> problem : problems) {
                String field = String.valueOf(problem.get("field"));
                Span name = new Span(field);
                name.addClassName("problem-field");
                ListItem item = new ListItem(name, new Span(String.valueOf(problem.get("message"))));
                item.getElement().setAttribute("data-field", field);
                list.add(item);
            }
            add(title, list);
        }
        setVisible(true);
    }

    void show(String heading, String message) {
        show(heading, new AppException(ErrorCode.CONFLICT, message));
    }

    private static List<Map<?, ?>> problems(AppException refusal) {
        if (refusal.code() == ErrorCode.BAD_INPUT && refusal.details().get("problems") instanceof List<?> list) {
            return list.stream().filter(Map.class::isInstance).<Map<?, ?>>map(Map.class::cast).toList();
        }
        return List.of();
    }
}
