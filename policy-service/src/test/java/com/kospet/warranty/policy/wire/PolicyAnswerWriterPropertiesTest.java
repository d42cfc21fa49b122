package com.kospet.warranty.policy.wire;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.kospet.warranty.model.Channel;
import com.kospet.warranty.model.policy.PolicyAnswer;
import com.kospet.warranty.model.policy.PolicyQuestion;
import com.kospet.warranty.policy.engine.PolicyQuestions;
import com.kospet.warranty.policy.engine.WarrantyPolicy;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static com.kospet.warranty.policy.engine.PolicyFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written answer writer writes exactly what Jackson writes for the answer's records: the same text, byte for byte. */
class PolicyAnswerWriterPropertiesTest {

    private final WarrantyPolicy policy = policy();
    private final ObjectMapper records = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final ObjectMapper tuned = tuned();

    @Property(tries = 300)
    void theAnswerIsWrittenAsItsRecordsAre(@ForAll(supplier = PolicyQuestions.class) PolicyQuestion question) throws Exception {
        PolicyAnswer answer = policy.evaluate(question);
        assertThat(tuned.writeValueAsString(answer)).isEqualTo(records.writeValueAsString(answer));
    }

    /** The server writes UTF-8 bytes (another generator than the one behind a String): the same bytes there too. */
    @Property(tries = 100)
    void theAnswerIsWrittenAsItsRecordsAreAsUtf8Bytes(@ForAll(supplier = PolicyQuestions.class) PolicyQuestion question)
            throws Exception {
        PolicyAnswer answer = policy.evaluate(question);
        assertThat(tuned.writeValueAsBytes(answer)).isEqualTo(records.writeValueAsBytes(answer));
    }

    @Property(tries = 50)
    void aRedirectedAnswerIsWrittenAsItsRecordsAre(@ForAll(supplier = PolicyQuestions.class) PolicyQuestion question,
                                                    @ForAll Channel channel) throws Exception {
        PolicyAnswer answer = policy.evaluate(PolicyQuestions.withChannel(question, channel));
        assertThat(tuned.writeValueAsString(answer)).isEqualTo(records.writeValueAsString(answer));
    }

    private static ObjectMapper tuned() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new JsonCustomizer().customize(mapper);
        return mapper;
    }
}
