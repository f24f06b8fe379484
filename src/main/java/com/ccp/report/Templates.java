package com.ccp.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compiles the line templates of a validated profile. */
final class Templates {

    private Templates() {
    }

    static Map<String, Template> compileAll(ReportProfile profile, List<ProfileSchema.Line> schema) {
        Map<String, Template> templates = new HashMap<>();
        for (ProfileSchema.Line line : schema) {
            String source = profile.lines().get(line.key());
            if (source != null) {
                templates.put(line.key(), compile(source, line.required(), line.optional(), profile));
            }
        }
        return templates;
    }

    static Template compile(String source, Set<String> required, Set<String> optional, ReportProfile profile) {
        return Template.compile(source, required, optional, new Template.Notations(
                AmountNotation.learn(profile.positive(), profile.negative()), DateNotation.of(profile.dates())));
    }
}
