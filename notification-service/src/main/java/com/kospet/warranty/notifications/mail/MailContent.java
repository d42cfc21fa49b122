package com.kospet.warranty.notifications.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * What one mail says, already in the reader's language and formats: the templates only lay it out
 * (HTML and plain text), so a mail's wording lives in {@link ClaimMessages} and its choice of
 * sections in {@link MailComposer}.
 */
public record MailContent(String subject, String greeting, List<Section> sections, String closing, String signature) {

    /** A labelled value, e.g. "Price difference: 25,00 $". */
    public record Fact(String label, String value) {
    }

    /** One block: an optional heading, then paragraphs, labelled facts, a bulleted list and address-like lines. */
    public record Section(String heading, List<String> paragraphs, List<Fact> facts, List<String> items, List<String> lines) {

        public static Builder builder() {
            return new Builder();
        }

        public static Section paragraph(String text) {
            return builder().paragraph(text).build();
        }

        public static final class Builder {
            private String heading = "";
            private final List<String> paragraphs = new ArrayList<>();
            private final List<Fact> facts = new ArrayList<>();
            private final List<String> items = new ArrayList<>();
            private final List<String> lines = new ArrayList<>();

            public Builder heading(String heading) {
                this.heading = heading;
                return this;
            }

            public Builder paragraph(String text) {
                paragraphs.add(text);
                return this;
            }

            public Builder fact(String label, String value) {
                facts.add(new Fact(label, value));
                return this;
            }

            public Builder item(String text) {
                items.add(text);
                return this;
            }

            public Builder lines(List<String> text) {
                lines.addAll(text);
                return this;
            }

            public Section build() {
                return new Section(heading, List.copyOf(paragraphs), List.copyOf(facts), List.copyOf(items), List.copyOf(lines));
            }
        }
    }
}
