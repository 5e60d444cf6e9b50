<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AnswerCheck</name>
    <message>
        <source>question {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a letter, e.g. B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a number to %n decimals</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hide solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code printed on your worksheet, e.g. 941Q-M393-3ER1-X77</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant {variant} · {cell} · hidden size {hidden} · vocabulary {vocabulary} · input {input} · {questions} questions. Type each answer and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{right} of {total} right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellDiagram</name>
    <message>
        <source>W_hh hₜ₋₁: the recurrent part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W_xh xₜ: the input part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hₜ₋₁: the hidden state the cell received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xₜ: this step&apos;s input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bias b_h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aₜ = W_xh xₜ + W_hh hₜ₋₁ + b_h, the pre-activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hₜ: the new hidden state, passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hₜ goes to the output layer: yₜ = W_hy hₜ + b_y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to yₜ, pₜ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W_hh hₜ₊₁: the recurrent part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hₜ₊₁: the hidden state the cell received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aₜ = W_xh xₜ + W_hh hₜ₊₁ + b_h, the pre-activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget gate fₜ: how much of the old cell state to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input gate iₜ: how much of the candidate to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate C̃ₜ: what could be written into the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output gate oₜ: how much of tanh(cₜ) to show as hₜ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fₜ ⊙ cₜ₋₁: the part of the old cell state that is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iₜ ⊙ C̃ₜ: what is written into the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh(cₜ): the cell state squashed into (−1, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cₜ₋₁: the cell state the cell received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fₜ ⊙ cₜ₋₁: the kept part of the old cell state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cₜ: the new cell state, passed to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cₜ on its way into tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fₜ, the forget gate&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iₜ, the input gate&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C̃ₜ, the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iₜ ⊙ C̃ₜ, added to the cell state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oₜ, the output gate&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[hₜ₋₁, xₜ]: what every layer reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fₜ ⊙ cₜ₊₁: the part of the old cell state that is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cₜ₊₁: the cell state the cell received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fₜ ⊙ cₜ₊₁: the kept part of the old cell state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[hₜ₊₁, xₜ]: what every layer reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peephole: f also sees cₜ₋₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peephole: i also sees cₜ₋₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peephole: o also sees cₜ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peephole: f also sees cₜ₊₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peephole: i also sees cₜ₊₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update gate zₜ: how to mix the old state and the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate h̃ₜ: the proposed new state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1−zₜ) ⊙ hₜ₋₁: the part of the old state that is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zₜ ⊙ h̃ₜ: the part of the candidate that is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset gate rₜ: how much of the old state the candidate may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hₜ₋₁ into the gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xₜ into the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zₜ, the update gate&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h̃ₜ, the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 − zₜ weighs the old state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zₜ weighs the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rₜ, the reset gate&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hₜ₋₁ into the reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rₜ ⊙ hₜ₋₁: what the candidate sees of the old state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1−zₜ) ⊙ hₜ₊₁: the part of the old state that is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hₜ₊₁ into the gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hₜ₊₁ into the reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rₜ ⊙ hₜ₊₁: what the candidate sees of the old state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zₜ ⊙ hₜ₋₁: the part of the old state that is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1−zₜ) ⊙ h̃ₜ: the part of the candidate that is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zₜ weighs the old state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 − zₜ weighs the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zₜ ⊙ hₜ₊₁: the part of the old state that is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nₜ = U_h hₜ₋₁ + b_hn (reset after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hₜ₋₁ into U_h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rₜ ⊙ nₜ: the reset recurrent part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nₜ = U_h hₜ₊₁ + b_hn (reset after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hₜ₊₁ into U_h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hₜ₋₁ into the candidate (no reset gate: r ≡ 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hₜ₊₁ into the candidate (no reset gate: r ≡ 1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellOptions</name>
    <message>
        <source>φ in h_t = φ(W_xh x_t + W_hh h_{t-1} + b_h): tanh keeps h in (−1, 1); relu is unbounded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagonal: each gate sees only its own unit&apos;s cell (Gers &amp; Schmidhuber); full: a matrix P, as in the slides&apos; W·[C, h, x].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before: h̃ = tanh(W_h x + U_h (r ⊙ h) + b_h) (Cho 2014, colah); after: h̃ = tanh(W_h x + b_h + r ⊙ (U_h h + b_hn)) (cuDNN, PyTorch); none: the simplified GRU, r ≡ 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z_takes_new: h = (1 − z) ⊙ h_prev + z ⊙ h̃ (colah, deeplearning.ai); z_keeps_old: h = z ⊙ h_prev + (1 − z) ⊙ h̃ (Cho 2014, PyTorch).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <source>the constant error carousel: how cₜ moves with cₜ₋₁ (one step back)</source>
        <extracomment>The local derivative the info area shows for an element&apos;s equation: (of, wrt, entry kind, caption); the captions are translated where they are shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how hₜ moves with hₜ₋₁ (one step back, everything else held fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how hₜ moves with the forget gate&apos;s bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how hₜ moves with the input gate&apos;s bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how hₜ moves with the candidate&apos;s bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how hₜ moves with the output gate&apos;s bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how hₜ moves with the update gate&apos;s bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how hₜ moves with the reset gate&apos;s bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how hₜ moves with b_hn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click any box or wire to see its equation, the same with the numbers of unit j at this step, and a local derivative from the symbolic layer.</source>
        <extracomment>Which diagram element a warning about a quantity marks. While numbers keep changing (a slider drag) the symbolic derivative waits until they rest this long.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which hidden unit&apos;s numbers the diagram shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which layer (and direction) of a stacked or bidirectional model to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ gates are tinted by how open they are: dark = closed (0), yellow = open (1); tanh layers on blue (−1) – white (0) – orange (+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type an input sequence to see the cell at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xₜ = {token} (one-hot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xₜ = h of layer {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {layer} backward, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {layer} forward, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {layer}, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &lt;b&gt;t = {t}&lt;/b&gt; of {steps}, input &lt;b&gt;{token}&lt;/b&gt;, unit &lt;b&gt;j = {unit}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &lt;b&gt;t = {t}&lt;/b&gt; of {steps}, unit &lt;b&gt;j = {unit}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At t = {t}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset before: r multiplies hₜ₋₁ inside the candidate (Cho 2014, colah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset after: r multiplies U_h hₜ₋₁ + b_hn (cuDNN, PyTorch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reset gate (the simplified GRU, r ≡ 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z weighs the candidate: h = (1 − z) hₜ₋₁ + z h̃ (colah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z weighs the old state: h = z hₜ₋₁ + (1 − z) h̃ (PyTorch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagonal peepholes: each gate sees its own unit&apos;s c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full peepholes: the gates see all of c through a matrix P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>φ = relu (unbounded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(colah&apos;s “Understanding LSTM Networks” layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click any box or wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;rendering the equation…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the numbers (t = {t}, j = {unit}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(local derivatives are shown for layer 1, forward direction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local derivative from the symbolic layer, {caption} — at t = {t}, j = {unit}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;rendering…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramScene</name>
    <message>
        <source>click for the equation with the numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EquationsPanel</name>
    <message>
        <source>one unit j (sums over k)</source>
        <extracomment>form -&gt; its name, translated where it is shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vectors (⊙ element-wise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gates stacked: W·[h, x]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the equations are written: for one unit j, in vectors, or with the gates stacked into one matrix applied to [h_{t−1}; x_t] as the slides write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose numbers fill in the equations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equations could not be derived: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type an input sequence to fill in the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers at &lt;b&gt;t = {t}&lt;/b&gt;, input &lt;b&gt;{token}&lt;/b&gt;, unit &lt;b&gt;j = {unit}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers at &lt;b&gt;t = {t}&lt;/b&gt;, unit &lt;b&gt;j = {unit}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every product is element-wise, so unit j only needs its own row of each matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;rendering…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Experiment</name>
    <message>
        <source>peephole LSTM</source>
        <extracomment>The cells&apos; names, translated where they are shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your input repeated to this many steps; the only target is at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed of the fresh RNN, LSTM and GRU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also run your model (with your weights) — edit them and watch its line move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient reaching back d steps from the loss, relative to d = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distance d from the loss (steps back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your {cell}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{curve}  ×{factor} per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your input repeated to {steps} steps; the only target, at the end, is the first token &lt;b&gt;{token}&lt;/b&gt;. A line that stays high: the gradient still arrives from that far back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LSTM&apos;s cell state carries the gradient through ∂cₜ/∂cₜ₋₁ = fₜ (the constant error carousel): with f near 1 it barely shrinks. The RNN multiplies it by W_hhᵀ diag(tanh′) at every step, so it shrinks (or grows) geometrically. “per step” is the average factor over the first 20 steps back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocusControls</name>
    <message>
        <source>Unit &lt;i&gt;j&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatePlots</name>
    <message>
        <source>saturated: the gate&apos;s derivative is below 0.05 here, so little gradient flows through it</source>
        <extracomment>Above this many units the curves of one plot are drawn as a single item in one colour. Above this many cells a heat map shows no numbers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n units, one line each</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>grey bands: saturated (slope &amp;lt; 0.05) &amp;nbsp; orange line: current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ gates: dark 0 → yellow 1 &amp;nbsp;&amp;nbsp; others: &lt;span style=&apos;color:#2166ac&apos;&gt;blue −&lt;/span&gt; · white 0 · &lt;span style=&apos;color:#b2182b&apos;&gt;red +&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Generation</name>
    <message>
        <source>tokens to start from, e.g. BUS</source>
        <extracomment>The temperature slider runs over 0 … MAX_TEMPERATURE in steps of 1 / TEMPERATURE_STEPS.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (greedy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bidirectional model reads the sequence backwards too; it cannot generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {t}: read {read}, drew {drawn} with p = {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(model&apos;s own p = {p})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the distribution of the first token to draw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientLab</name>
    <message>
        <source>The parameter whose gradient the lab explains</source>
        <extracomment>Above this much work (steps × units² × gates) the finite differences run on the worker, once the numbers rest (like the symbolic part). While numbers keep changing (a slider drag) the symbolic part waits until they rest this long: sympy and the formula renderer share the GIL with the window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dL/dθ explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖dL/dhₜ‖ (and ‖dL/dcₜ‖) over time, log scale (a gap: exactly 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how much hₖ still moves hₜ: ‖∂hₜ/∂hₖ‖ for the current t (orange line), largest singular value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eigenvalues of W_hh belong to the Elman RNN, whose state is multiplied by W_hh at every step: open an RNN to see them. For this cell, the “through time” page shows the Jacobian products that play the same part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eigenvalues of Wₕₕ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNN vs LSTM vs GRU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPTT (engine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dL/dθ from backpropagation through time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finite differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(−L(θ+2ε) + 8L(θ+ε) − 8L(θ−ε) + L(θ−2ε)) / 12ε, ε = 10⁻³, and its relative error against BPTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ over steps of the sympy-derived local derivatives times dL/dh (and dL/dc): the sum below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the local derivatives, derived by sympy, are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type an input sequence (with a target) to see gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative error {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss over the whole sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at t = &lt;b&gt;{t}&lt;/b&gt; of {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deriving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at t = {t}, with the numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formulas could not be evaluated: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {shown} largest of {steps} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ over every step = &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dL/d{name} (click an entry to explain it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {layer}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientPlots</name>
    <message>
        <source>each step&apos;s part of dL/dθ: ‖part‖, log colour scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} at t = {t}: ‖part of dL/d{name}‖ = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eigenvalues λ of W_hh and the unit circle |λ| = 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside: h can grow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside: h and the gradient fade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest |λ| = {radius} ({verdict})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsidePanels</name>
    <message>
        <source>Cell diagram</source>
        <extracomment>name -&gt; (tab title, translated where it is shown; shortcut)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient lab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>The window shown now (a rebuilt window has no other owner to keep it alive).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the training first: changing the language rebuilds the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translations are missing (make translations).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatexLabel</name>
    <message>
        <source>could not render: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM Studio models (*.json);;All files (*)</source>
        <extracomment>Bump when the docks or splitters change so that an old saved layout is not forced on a new window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: p_t and loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat maps (unit × time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved.
Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autosave failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM Studio closed without saving “{name}” (from {file}).
Recover that work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM Studio closed without saving “{name}”.
Recover that work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bigger fonts, for a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>from &amp;PyTorch (safetensors)…</source>
        <extracomment>kind -&gt; (menu text, file filter, default suffix); the texts are translated where they are shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch state dict (*.safetensors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from &amp;Keras (.npz)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras weights (*.npz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to &amp;PyTorch (safetensors + script)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to &amp;Keras (.npz)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as a &amp;NumPy script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &amp;trace of this run as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train the cell on a built-in task and watch it learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw tokens from the output distribution and feed them back in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise &amp;worksheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printable exercises with answer keys, one variant per student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check my answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a variant code and your answers; each is marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens the one-hot inputs stand for, e.g. PIGS or &apos;the cat sat&apos;
(empty: generic tokens or the vocabulary stored in the file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPanel</name>
    <message>
        <source>Elman RNN</source>
        <extracomment>The texts of these tables are translated where they are shown (context &quot;ModelPanel&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peephole LSTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plain recurrent cell: one tanh layer reads x_t and h_{t−1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates decide what the cell state c_t forgets (f), takes in (i, g) and shows (o).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An LSTM whose gates also look at the cell state c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two gates, no separate cell state: z mixes old and new, r resets the memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peephole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-made models on the P I G S vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of hidden units H. Existing units keep their weights; new ones are initialised from the seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vocabulary, tokens separated by spaces. Tokens keep their weights when you add, remove or reorder others; renaming one (same count) keeps its weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same weights on every machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-initialise every weight from the seed (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Equations&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one unit j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stacked, as W·[h, x]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to write the equations: with vectors and matrices, for one unit j with sums, or with the gate matrices stacked on [h_{t−1}; x_t] as in the slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x_t is one-hot; ⊙ multiplies element by element; σ is the logistic sigmoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n layers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>bidirectional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{total}&lt;/b&gt; parameters: {cell} in the cell, {output} in the output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden size {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vocabulary needs at least one token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at most %n tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tokens are at most %n characters long</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>edit vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new weights (seed {seed})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputView</name>
    <message>
        <source>loss per step &amp;nbsp; −log p&lt;sub&gt;t&lt;/sub&gt;[target]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Type a sequence to see predictions.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after input &lt;b&gt;{token}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t = {t}: input &lt;b&gt;{token}&lt;/b&gt; → predicted &lt;b style=&apos;color:{colour}&apos;&gt;{predicted}&lt;/b&gt; (p = {p})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, target &lt;b style=&apos;color:{colour}&apos;&gt;{target}&lt;/b&gt; (p = {p}) {mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, no target at this step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parameter</name>
    <message>
        <source>input weights: x_t → a_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurrent weights: h_{t−1} → a_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias of a_t (RNN) or of the candidate h̃ (GRU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output weights: h_t → y_t (one row per vocabulary token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output bias (one entry per vocabulary token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slides&apos; form: W·[h_{t−1}, x_t] = W_hh h_{t−1} + W_xh x_t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget gate: input weights x_t → f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget gate: recurrent weights h_{t−1} → f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget gate: bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input gate: input weights x_t → i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input gate: recurrent weights h_{t−1} → i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input gate: bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate C̃ (g): input weights x_t → c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate C̃ (g): recurrent weights h_{t−1} → c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate C̃ (g): bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output gate: input weights x_t → o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output gate: recurrent weights h_{t−1} → o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output gate: bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 4 gates&apos; input weights as one matrix: the gates (f, i, g, o) are computed together in one matrix product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 4 gates&apos; recurrent weights as one matrix: the gates (f, i, g, o) are computed together in one matrix product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 4 gates&apos; biases as one matrix: the gates (f, i, g, o) are computed together in one matrix product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slides&apos; form: W_f·[h_{t−1}, x_t] is U_f h_{t−1} + W_f x_t, one matrix on the stacked vector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slides&apos; form: W_i·[h_{t−1}, x_t] is U_i h_{t−1} + W_i x_t, one matrix on the stacked vector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slides&apos; form: W_c·[h_{t−1}, x_t] is U_c h_{t−1} + W_c x_t, one matrix on the stacked vector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slides&apos; form: W_o·[h_{t−1}, x_t] is U_o h_{t−1} + W_o x_t, one matrix on the stacked vector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every gate&apos;s [U W] stacked: one product with [h_{t−1}; x_t] gives every gate&apos;s pre-activation at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget gate: peephole weights c → f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input gate: peephole weights c → i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output gate: peephole weights c → o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update gate: input weights x_t → z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update gate: recurrent weights h_{t−1} → z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update gate: bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset gate: input weights x_t → r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset gate: recurrent weights h_{t−1} → r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset gate: bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate h̃: input weights x_t → h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate h̃: recurrent weights h_{t−1} → h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3 gates&apos; input weights as one matrix: the gates (z, r, h̃) are computed together in one matrix product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3 gates&apos; recurrent weights as one matrix: the gates (z, r, h̃) are computed together in one matrix product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3 gates&apos; biases as one matrix: the gates (z, r, h̃) are computed together in one matrix product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slides&apos; form: W_z·[h_{t−1}, x_t] is U_z h_{t−1} + W_z x_t, one matrix on the stacked vector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slides&apos; form: W_r·[h_{t−1}, x_t] is U_r h_{t−1} + W_r x_t, one matrix on the stacked vector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slides&apos; form: W_h·[h_{t−1}, x_t] is U_h h_{t−1} + W_h x_t, one matrix on the stacked vector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate h̃ (reset after): bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2 gates&apos; input weights as one matrix: the gates (z, h̃) are computed together in one matrix product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2 gates&apos; recurrent weights as one matrix: the gates (z, h̃) are computed together in one matrix product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2 gates&apos; biases as one matrix: the gates (z, h̃) are computed together in one matrix product.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Next character after PIG (GRU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next character after PIG (LSTM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next character after PIG (peephole LSTM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next character after PIG (Elman RNN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>The shipped languages, each named in itself: whoever opens the menu may not read the current one. The settings key; its value is a code of LANGUAGES or SYSTEM. The app&apos;s catalogues are ``CATALOGUE_&lt;code&gt;.qm`` in resources/translations/. Qt&apos;s standard buttons (same context and texts as Qt&apos;s own): Qt&apos;s catalogues translate them, but Qt has no Vietnamese one, so the app&apos;s catalogues carry them too.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quantity</name>
    <message>
        <source>forget gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate C̃</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate h̃</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequencePanel</name>
    <message>
        <source>append {token} as step {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x_{t}[{token}] = {value}: click to make {token} the input at step {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: the next input token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target at step {t} ({how}); click to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argmax p_{t} = {token} with p = {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>append a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {t}: click to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-hot input: 1 where the step&apos;s token is {token}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the model should predict at each step (click a cell to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token with the highest probability p_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Input&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type tokens, e.g. PIG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence fed to the cell, one token per step. With one-character tokens type them together (PIG); otherwise separate them with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets: next token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset every target to the default: the next input token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Initial state&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h₀ = 0 (and c₀ = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}₀ of unit {unit}: the state before step 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(set in the model file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tokens yet: type some, or click a cell in the + column below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tokens} not in the vocabulary ({vocabulary}): skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next token (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target at this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set {state}₀[{unit}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero initial state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskPicker</name>
    <message>
        <source>Task</source>
        <extracomment>Lines of data shown per split before &quot;… and N more&quot;. Typing in an option rebuilds the data this long after the last key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: vocabulary and split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; target accuracy {accuracy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ so very clever
- so very silly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste a text to learn instead (empty: the shipped story)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. HENS, DISHES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocabulary ({size}): {tokens}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Next character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell reads a word one character at a time and, after each character, guesses the next one: after P comes I, after PI comes G, after PIG comes S. This is many-to-many — every step has a target — and the cell must remember where it is in the word, because the same letter can be followed by different letters in different places. Add your own words: when two words start the same way and then part (PIG and PIN), no cell can be sure what comes next, and the best possible accuracy drops below 100 %. There is no test split: the point is to watch the cell memorise these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the words to learn, e.g. PIGS,COWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plurals: S or ES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each word is a plural padded with _ to five characters: PIGS_, FEES_, COWS_, CUPS_, BUSES, TAXES and more of the same two kinds. The cell reads the word letter by letter and is scored only on the ending: after the stem it must say S or E, and then S or _. The rule hides in the stem&apos;s last letter (BUS and TAX take ES, COW and FEE take S), and the same letter S must be answered differently depending on where it stands — after BU it is followed by E, after COW by _ — so the cell has to remember. After training, type BUS and let the cell continue: it writes E S; type COW and it writes S _. RATS, FANS, FOXES and SIXES are held out as a test of whether the rule was learnt rather than the words. Add your own plurals (DISHES, CHURCHES: longer words pad everything to the longest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more plurals to learn, e.g. HENS,MIXES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-range dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each sequence starts with A or B, then L random distractors from w x y z, then a ?. At the ? the cell must say which symbol came first — only that last step has a target (many-to-one), so the error signal has to travel back L + 1 steps to the symbol that matters. In an Elman RNN it is multiplied by W_hh and tanh&apos; at every step and fades away, so as L grows the RNN falls back to guessing (50 %) unless it happens to lock into a saturated state early. The LSTM&apos;s cell state is a constant error carousel: with the forget gate near 1, c_t = f_t ⊙ c_{t-1} + … carries the symbol and its gradient across the gap almost unchanged, and the GRU&apos;s update gate does the same for h. A gate&apos;s memory lasts about 1 / (1 − f) steps, so the gated cells start with chrono initialisation (forget-gate biases spread up to log L): with the usual b_f = 1 (f ≈ 0.73, a memory of four steps) an LSTM rarely learns a gap of 20. Raise L, train all three side by side, and switch chrono off to see why it is there. The test sequences are fresh ones the cell never saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L, the number of distractors between the symbol and the ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many training sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment (many-to-one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short film reviews written for the app, read one word at a time; only after the last word does the cell answer POSITIVE or NEGATIVE (many-to-one). Many reviews come in pairs that differ by one word — &apos;not bad&apos; is positive, &apos;not good&apos; negative, &apos;i liked it&apos; and &apos;i did not like it&apos; — so the cell cannot just add up good and bad words: it must carry the &apos;not&apos; along until the word it turns around. A seeded fifth of the reviews is held out as a test split; words that occur only there were never learnt, which is why the test accuracy stays below the training accuracy. Add your own reviews as &apos;+ words&apos; or &apos;- words&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more reviews, each &apos;+ words&apos; or &apos;- words&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share of reviews held out for testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character language model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short story written for the app (&apos;the cell and the gate&apos;), cut into pieces of 16 characters. At every character the cell guesses the next one, as in the next-character task but on real text, where no guess is ever certain — so the accuracy will not reach 100 %, and the loss (the surprise, in nats per character) is the better measure. Once trained, use the generation panel: prime it with a few letters and let it write, drawing each character from its output distribution and feeding it back in. The last fifth of the text is the test split. Paste your own text instead (at least a few hundred characters; line breaks become spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text to learn (empty: the shipped story)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters per training piece (BPTT length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share of the text held out at its end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>&lt;b&gt;Time&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First step (Ctrl+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step (Ctrl+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current time step t: highlighted in every view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per step while playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t = &lt;b&gt;{t}&lt;/b&gt; of {steps} &amp;nbsp; input &lt;b&gt;{token}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Model and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNN, LSTM and GRU side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chrono: the forget (update) gate biases start spread over log 1 … log T, so the gates remember for up to T steps; default: b_f = 1, a memory of about four steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clip the gradient norm to this; 0 never clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seeds the weights, the batch order and the task&apos;s random data and split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clip norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss (nats per target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run whose snapshots the scrubber moves through</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>drag to move through %n snapshots</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{cell}: epoch {epoch} (step {step}) · loss {loss} · training accuracy {accuracy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrub training history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, test {accuracy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cell}: epoch {epoch}: loss {loss}, accuracy {accuracy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cell} training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cell} test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train on {task}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new model for training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training failed: {error}</source>
        <extracomment>Emit progress at most this often (seconds): about 15 updates a second.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>edit initial state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove input step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset targets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnrolledView</name>
    <message>
        <source>predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xₜ (input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an input sequence to unroll the network over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target {token}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t = {t}: predicted {token} (p = {p}), {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell shows h (top) and c (bottom) as colours, one stripe per unit (&lt;span style=&apos;color:{blue}&apos;&gt;blue&lt;/span&gt; −1 … white 0 … &lt;span style=&apos;color:{red}&apos;&gt;red&lt;/span&gt; +1); click a column to make it the current step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell shows h as colours, one stripe per unit (&lt;span style=&apos;color:{blue}&apos;&gt;blue&lt;/span&gt; −1 … white 0 … &lt;span style=&apos;color:{red}&apos;&gt;red&lt;/span&gt; +1); click a column to make it the current step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{right} of {total} targets predicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {layer} backward, t = {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {layer}, t = {t}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningStrip</name>
    <message numerus="yes">
        <source>… and %n more (hover to read them all)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>row {row}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current input x_t is one-hot: only this column acts at this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set {entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which parameter to show; the last entries stack or concatenate the gate matrices as the slides write them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to change the selected weight; every view follows live. One drag is one undo step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every entry of this table to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ones on the diagonal of each square matrix, zeros elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Randomise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw every entry from U(−1/√H, 1/√H), like a fresh model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the values of the file or preset as opened or last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste CSV of the same shape into this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied {rows} × {columns} values as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste into {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset: this table did not exist in the file as opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>randomise {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entry} (0-based), exact value {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drag {entry}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorksheetDialog</name>
    <message>
        <source>Forward</source>
        <extracomment>The names of the question types and difficulties, translated where they are shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conceptual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({cell}, hidden {hidden})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens, e.g. PIGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One variant per student: each has its own weights and code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same worksheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights are rounded to this many decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM Studio worksheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the worksheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one question type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {files} files for {variants} variants to {folder} in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; the files already written are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
