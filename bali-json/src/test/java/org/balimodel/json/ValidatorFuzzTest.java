package org.balimodel.json;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.balimodel.core.model.Statement;
import org.balimodel.core.validation.StatementValidator;

/**
 * Fuzzes the validator: whatever statement it is given, it returns a well-formed report (see
 * {@link WellFormed}) and never throws. The statements are built through the model's builders with
 * every choice of {@link StatementGenerator} taken from the fuzzer's data, or read leniently from
 * the fuzzer's text, so that both the records a program builds and those a document describes are
 * covered.
 *
 * <p>Under {@code mvn verify} Jazzer runs it in regression mode over the kept inputs in
 * {@code src/test/resources/org/balimodel/json/ValidatorFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes for real, for at most {@code maxDuration}.
 */
class ValidatorFuzzTest {

  private static final StatementValidator VALIDATOR = StatementValidator.create();
  private static final BaliJson LENIENT = BaliJson.builder().lenient(true).build();
  private static final int SMALL_CAP = 3;

  @FuzzTest(maxDuration = "50s")
  void noStatementMakesTheValidatorThrowOrReportBadly(FuzzedDataProvider data) {
    Statement statement;
    if (data.consumeBoolean()) {
      statement = StatementGenerator.statement(data::consumeInt);
    } else {
      statement = LENIENT.read(data.consumeRemainingAsString()).statement().orElse(null);
      if (statement == null) {
        return;
      }
    }
    WellFormed.report(VALIDATOR.validate(statement), StatementValidator.DEFAULT_MAX_ISSUES);
    WellFormed.report(VALIDATOR.validate(statement, SMALL_CAP), SMALL_CAP);
  }
}
