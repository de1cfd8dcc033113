package org.rnn4j.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.cell.LstmState;
import org.rnn4j.core.cell.State;
import org.rnn4j.core.layer.Dense;
import org.rnn4j.core.layer.RecurrentStack;
import org.rnn4j.topology.input.TokenInput;

class TokenStepperTest {

  /** Stepping keeps the states in the same objects (no allocation per token), holding the stack's final states. */
  @ParameterizedTest
  @EnumSource(value = CellType.class, names = {"LSTM", "GRU"})
  void stepsReuseTheirStateObjects(CellType type) {
    RecurrentStack stack = RecurrentStack.builder().setCellType(type).setInputSize(5).setHiddenSize(4).optLayers(2)
        .optSeed(1).build();
    Dense output = Dense.builder().setInputSize(4).setOutputSize(5).setSeed(2).build();
    TokenStepper stepper = new TokenStepper(stack, TokenInput.oneHot(5), output, 2);
    stepper.step(new int[] {1, 3}, null);
    List<State> kept = stepper.states();
    List<FMatrixRMaj> hs = kept.stream().map(State::h).toList();
    List<State> given = stack.finalStates();
    stepper.setStates(given);
    float[] before = given.get(0).h().data.clone();
    for (int token : new int[] {2, 0, 4}) {
      stepper.step(new int[] {token, 4 - token}, null);
      assertSame(kept, stepper.states(), "the same list after every step");
      List<State> fresh = stack.finalStates();
      for (int i = 0; i < kept.size(); i++) {
        assertSame(hs.get(i), kept.get(i).h(), "state " + i + " is reused");
        assertArrayEquals(fresh.get(i).h().data, kept.get(i).h().data, "state " + i + " h");
        if (type == CellType.LSTM) {
          assertArrayEquals(((LstmState) fresh.get(i)).c().data, ((LstmState) kept.get(i)).c().data, "c " + i);
        }
      }
    }
    assertArrayEquals(before, given.get(0).h().data, "states given with setStates are never written");
  }
}
