<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnswerCheck</name>
    <message>
        <source> This sheet is marked: answers are checked, solutions stay with your instructor.</source>
        <extracomment>What the status line says about a graded sheet, in one place.</extracomment>
        <translation> Dieses Blatt wird benotet: Antworten werden geprüft, die Lösungen bleiben bei Ihrer Lehrkraft.</translation>
    </message>
    <message>
        <source> This sheet is marked: answers are checked (with hints), solutions stay with your instructor.</source>
        <translation> Dieses Blatt wird benotet: Antworten werden geprüft (mit Hinweisen), die Lösungen bleiben bei Ihrer Lehrkraft.</translation>
    </message>
    <message>
        <source> Key code: the worked solutions are open.</source>
        <translation> Lösungscode: Die Lösungswege sind offen.</translation>
    </message>
    <message>
        <source>question {number}</source>
        <translation>Frage {number}</translation>
    </message>
    <message>
        <source>answer {number}</source>
        <translation>Antwort {number}</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Show solution</source>
        <translation>Lösung zeigen</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Ihre Antwort:</translation>
    </message>
    <message>
        <source>a letter, e.g. B</source>
        <translation>ein Buchstabe, z. B. B</translation>
    </message>
    <message>
        <source>a token</source>
        <translation>ein Token</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message numerus="yes">
        <source>a number to %n decimals</source>
        <translation>
            <numerusform>eine Zahl mit %n Nachkommastelle</numerusform>
            <numerusform>eine Zahl mit %n Nachkommastellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide solution</source>
        <translation>Lösung verbergen</translation>
    </message>
    <message>
        <source>the code printed on your worksheet, e.g. {code}</source>
        <translation>der Code auf Ihrem Arbeitsblatt, z. B. {code}</translation>
    </message>
    <message>
        <source>variant code</source>
        <translation>Variantencode</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Show the worksheet</source>
        <translation>Arbeitsblatt anzeigen</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Alle prüfen</translation>
    </message>
    <message>
        <source>Variant code</source>
        <translation>Variantencode</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <source>Variant {variant} · {cell} · hidden size {hidden} · vocabulary {vocabulary} · input {input} · {questions} questions. Type each answer and press Enter.</source>
        <translation>Variante {variant} · {cell} · verborgene Größe {hidden} · Vokabular {vocabulary} · Eingabe {input} · {questions} Fragen. Geben Sie jede Antwort ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>{right} of {total} right</source>
        <translation>{right} von {total} richtig</translation>
    </message>
    <message>
        <source>Worksheet {code}</source>
        <translation>Arbeitsblatt {code}</translation>
    </message>
    <message>
        <source>Check my answers</source>
        <translation>Meine Antworten prüfen</translation>
    </message>
</context>
<context>
    <name>CellDiagram</name>
    <message>
        <source>W_hh hₜ₋₁: the recurrent part</source>
        <translation>W_hh hₜ₋₁: der rekurrente Anteil</translation>
    </message>
    <message>
        <source>W_xh xₜ: the input part</source>
        <translation>W_xh xₜ: der Eingabeanteil</translation>
    </message>
    <message>
        <source>hₜ₋₁: the hidden state the cell received</source>
        <translation>hₜ₋₁: der verborgene Zustand, den die Zelle erhält</translation>
    </message>
    <message>
        <source>xₜ: this step&apos;s input</source>
        <translation>xₜ: die Eingabe dieses Schritts</translation>
    </message>
    <message>
        <source>the bias b_h</source>
        <translation>der Bias b_h</translation>
    </message>
    <message>
        <source>aₜ = W_xh xₜ + W_hh hₜ₋₁ + b_h, the pre-activation</source>
        <translation>aₜ = W_xh xₜ + W_hh hₜ₋₁ + b_h, die Voraktivierung</translation>
    </message>
    <message>
        <source>hₜ: the new hidden state, passed on</source>
        <translation>hₜ: der neue verborgene Zustand, wird weitergegeben</translation>
    </message>
    <message>
        <source>hₜ goes to the output layer: yₜ = W_hy hₜ + b_y</source>
        <translation>hₜ geht in die Ausgabeschicht: yₜ = W_hy hₜ + b_y</translation>
    </message>
    <message>
        <source>to yₜ, pₜ</source>
        <translation>zu yₜ, pₜ</translation>
    </message>
    <message>
        <source>W_hh hₜ₊₁: the recurrent part</source>
        <translation>W_hh hₜ₊₁: der rekurrente Anteil</translation>
    </message>
    <message>
        <source>hₜ₊₁: the hidden state the cell received</source>
        <translation>hₜ₊₁: der verborgene Zustand, den die Zelle erhält</translation>
    </message>
    <message>
        <source>aₜ = W_xh xₜ + W_hh hₜ₊₁ + b_h, the pre-activation</source>
        <translation>aₜ = W_xh xₜ + W_hh hₜ₊₁ + b_h, die Voraktivierung</translation>
    </message>
    <message>
        <source>forget gate fₜ: how much of the old cell state to keep</source>
        <translation>Forget-Gate fₜ: wie viel vom alten Zellzustand erhalten bleibt</translation>
    </message>
    <message>
        <source>forget</source>
        <translation>Forget</translation>
    </message>
    <message>
        <source>input gate iₜ: how much of the candidate to write</source>
        <translation>Input-Gate iₜ: wie viel vom Kandidaten geschrieben wird</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>candidate C̃ₜ: what could be written into the cell</source>
        <translation>Kandidat C̃ₜ: was in die Zelle geschrieben werden könnte</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>output gate oₜ: how much of tanh(cₜ) to show as hₜ</source>
        <translation>Output-Gate oₜ: wie viel von tanh(cₜ) als hₜ sichtbar wird</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>fₜ ⊙ cₜ₋₁: the part of the old cell state that is kept</source>
        <translation>fₜ ⊙ cₜ₋₁: der Teil des alten Zellzustands, der erhalten bleibt</translation>
    </message>
    <message>
        <source>iₜ ⊙ C̃ₜ: what is written into the cell</source>
        <translation>iₜ ⊙ C̃ₜ: was in die Zelle geschrieben wird</translation>
    </message>
    <message>
        <source>tanh(cₜ): the cell state squashed into (−1, 1)</source>
        <translation>tanh(cₜ): der Zellzustand, in (−1, 1) gestaucht</translation>
    </message>
    <message>
        <source>cₜ₋₁: the cell state the cell received</source>
        <translation>cₜ₋₁: der Zellzustand, den die Zelle erhält</translation>
    </message>
    <message>
        <source>fₜ ⊙ cₜ₋₁: the kept part of the old cell state</source>
        <translation>fₜ ⊙ cₜ₋₁: der erhaltene Teil des alten Zellzustands</translation>
    </message>
    <message>
        <source>cₜ: the new cell state, passed to the next step</source>
        <translation>cₜ: der neue Zellzustand, geht an den nächsten Schritt</translation>
    </message>
    <message>
        <source>cₜ on its way into tanh</source>
        <translation>cₜ auf dem Weg in tanh</translation>
    </message>
    <message>
        <source>fₜ, the forget gate&apos;s output</source>
        <translation>fₜ, die Ausgabe des Forget-Gates</translation>
    </message>
    <message>
        <source>iₜ, the input gate&apos;s output</source>
        <translation>iₜ, die Ausgabe des Input-Gates</translation>
    </message>
    <message>
        <source>C̃ₜ, the candidate</source>
        <translation>C̃ₜ, der Kandidat</translation>
    </message>
    <message>
        <source>iₜ ⊙ C̃ₜ, added to the cell state</source>
        <translation>iₜ ⊙ C̃ₜ, wird zum Zellzustand addiert</translation>
    </message>
    <message>
        <source>oₜ, the output gate&apos;s output</source>
        <translation>oₜ, die Ausgabe des Output-Gates</translation>
    </message>
    <message>
        <source>[hₜ₋₁, xₜ]: what every layer reads</source>
        <translation>[hₜ₋₁, xₜ]: was jede Schicht liest</translation>
    </message>
    <message>
        <source>fₜ ⊙ cₜ₊₁: the part of the old cell state that is kept</source>
        <translation>fₜ ⊙ cₜ₊₁: der Teil des alten Zellzustands, der erhalten bleibt</translation>
    </message>
    <message>
        <source>cₜ₊₁: the cell state the cell received</source>
        <translation>cₜ₊₁: der Zellzustand, den die Zelle erhält</translation>
    </message>
    <message>
        <source>fₜ ⊙ cₜ₊₁: the kept part of the old cell state</source>
        <translation>fₜ ⊙ cₜ₊₁: der erhaltene Teil des alten Zellzustands</translation>
    </message>
    <message>
        <source>[hₜ₊₁, xₜ]: what every layer reads</source>
        <translation>[hₜ₊₁, xₜ]: was jede Schicht liest</translation>
    </message>
    <message>
        <source>peephole: f also sees cₜ₋₁</source>
        <translation>Peephole: f sieht auch cₜ₋₁</translation>
    </message>
    <message>
        <source>peephole: i also sees cₜ₋₁</source>
        <translation>Peephole: i sieht auch cₜ₋₁</translation>
    </message>
    <message>
        <source>peephole: o also sees cₜ</source>
        <translation>Peephole: o sieht auch cₜ</translation>
    </message>
    <message>
        <source>peephole: f also sees cₜ₊₁</source>
        <translation>Peephole: f sieht auch cₜ₊₁</translation>
    </message>
    <message>
        <source>peephole: i also sees cₜ₊₁</source>
        <translation>Peephole: i sieht auch cₜ₊₁</translation>
    </message>
    <message>
        <source>update gate zₜ: how to mix the old state and the candidate</source>
        <translation>Update-Gate zₜ: wie alter Zustand und Kandidat gemischt werden</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>candidate h̃ₜ: the proposed new state</source>
        <translation>Kandidat h̃ₜ: der vorgeschlagene neue Zustand</translation>
    </message>
    <message>
        <source>(1−zₜ) ⊙ hₜ₋₁: the part of the old state that is kept</source>
        <translation>(1−zₜ) ⊙ hₜ₋₁: der Teil des alten Zustands, der erhalten bleibt</translation>
    </message>
    <message>
        <source>zₜ ⊙ h̃ₜ: the part of the candidate that is taken</source>
        <translation>zₜ ⊙ h̃ₜ: der Teil des Kandidaten, der übernommen wird</translation>
    </message>
    <message>
        <source>reset gate rₜ: how much of the old state the candidate may use</source>
        <translation>Reset-Gate rₜ: wie viel vom alten Zustand der Kandidat nutzen darf</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>hₜ₋₁ into the gates</source>
        <translation>hₜ₋₁ in die Gates</translation>
    </message>
    <message>
        <source>xₜ into the candidate</source>
        <translation>xₜ in den Kandidaten</translation>
    </message>
    <message>
        <source>zₜ, the update gate&apos;s output</source>
        <translation>zₜ, die Ausgabe des Update-Gates</translation>
    </message>
    <message>
        <source>h̃ₜ, the candidate</source>
        <translation>h̃ₜ, der Kandidat</translation>
    </message>
    <message>
        <source>1 − zₜ weighs the old state</source>
        <translation>1 − zₜ gewichtet den alten Zustand</translation>
    </message>
    <message>
        <source>zₜ weighs the candidate</source>
        <translation>zₜ gewichtet den Kandidaten</translation>
    </message>
    <message>
        <source>rₜ, the reset gate&apos;s output</source>
        <translation>rₜ, die Ausgabe des Reset-Gates</translation>
    </message>
    <message>
        <source>hₜ₋₁ into the reset</source>
        <translation>hₜ₋₁ in den Reset</translation>
    </message>
    <message>
        <source>rₜ ⊙ hₜ₋₁: what the candidate sees of the old state</source>
        <translation>rₜ ⊙ hₜ₋₁: was der Kandidat vom alten Zustand sieht</translation>
    </message>
    <message>
        <source>(1−zₜ) ⊙ hₜ₊₁: the part of the old state that is kept</source>
        <translation>(1−zₜ) ⊙ hₜ₊₁: der Teil des alten Zustands, der erhalten bleibt</translation>
    </message>
    <message>
        <source>hₜ₊₁ into the gates</source>
        <translation>hₜ₊₁ in die Gates</translation>
    </message>
    <message>
        <source>hₜ₊₁ into the reset</source>
        <translation>hₜ₊₁ in den Reset</translation>
    </message>
    <message>
        <source>rₜ ⊙ hₜ₊₁: what the candidate sees of the old state</source>
        <translation>rₜ ⊙ hₜ₊₁: was der Kandidat vom alten Zustand sieht</translation>
    </message>
    <message>
        <source>zₜ ⊙ hₜ₋₁: the part of the old state that is kept</source>
        <translation>zₜ ⊙ hₜ₋₁: der Teil des alten Zustands, der erhalten bleibt</translation>
    </message>
    <message>
        <source>(1−zₜ) ⊙ h̃ₜ: the part of the candidate that is taken</source>
        <translation>(1−zₜ) ⊙ h̃ₜ: der Teil des Kandidaten, der übernommen wird</translation>
    </message>
    <message>
        <source>zₜ weighs the old state</source>
        <translation>zₜ gewichtet den alten Zustand</translation>
    </message>
    <message>
        <source>1 − zₜ weighs the candidate</source>
        <translation>1 − zₜ gewichtet den Kandidaten</translation>
    </message>
    <message>
        <source>zₜ ⊙ hₜ₊₁: the part of the old state that is kept</source>
        <translation>zₜ ⊙ hₜ₊₁: der Teil des alten Zustands, der erhalten bleibt</translation>
    </message>
    <message>
        <source>U_h hₜ₋₁ + b_hn (reset after: the reset gate multiplies this, after U_h; PyTorch&apos;s nₜ is the candidate h̃ₜ)</source>
        <translation>U_h hₜ₋₁ + b_hn (Reset danach: das Reset-Gate multipliziert dies, nach U_h; PyTorchs nₜ ist der Kandidat h̃ₜ)</translation>
    </message>
    <message>
        <source>rₜ ⊙ (U_h hₜ₋₁ + b_hn): the reset recurrent part</source>
        <translation>rₜ ⊙ (U_h hₜ₋₁ + b_hn): der zurückgesetzte rekurrente Anteil</translation>
    </message>
    <message>
        <source>U_h hₜ₊₁ + b_hn (reset after: the reset gate multiplies this, after U_h; PyTorch&apos;s nₜ is the candidate h̃ₜ)</source>
        <translation>U_h hₜ₊₁ + b_hn (Reset danach: das Reset-Gate multipliziert dies, nach U_h; PyTorchs nₜ ist der Kandidat h̃ₜ)</translation>
    </message>
    <message>
        <source>{title} (wire) = {value}</source>
        <translation>{title} (Leitung) = {value}</translation>
    </message>
    <message>
        <source>{title} (box) = {value}</source>
        <translation>{title} (Kasten) = {value}</translation>
    </message>
    <message>
        <source>{title} (wire)</source>
        <translation>{title} (Leitung)</translation>
    </message>
    <message>
        <source>{title} (box)</source>
        <translation>{title} (Kasten)</translation>
    </message>
    <message>
        <source>hₜ₋₁ into U_h</source>
        <translation>hₜ₋₁ in U_h</translation>
    </message>
    <message>
        <source>hₜ₊₁ into U_h</source>
        <translation>hₜ₊₁ in U_h</translation>
    </message>
    <message>
        <source>rₜ ⊙ (U_h hₜ₊₁ + b_hn): the reset recurrent part</source>
        <translation>rₜ ⊙ (U_h hₜ₊₁ + b_hn): der zurückgesetzte rekurrente Anteil</translation>
    </message>
    <message>
        <source>hₜ₋₁ into the candidate (no reset gate: r ≡ 1)</source>
        <translation>hₜ₋₁ in den Kandidaten (kein Reset-Gate: r ≡ 1)</translation>
    </message>
    <message>
        <source>hₜ₊₁ into the candidate (no reset gate: r ≡ 1)</source>
        <translation>hₜ₊₁ in den Kandidaten (kein Reset-Gate: r ≡ 1)</translation>
    </message>
</context>
<context>
    <name>CellDiagramPanel</name>
    <message>
        <source>element…</source>
        <translation>Element…</translation>
    </message>
    <message>
        <source>Diagram element</source>
        <translation>Element des Diagramms</translation>
    </message>
    <message>
        <source>Every box and wire of the diagram with its value; choose one to see its equation</source>
        <translation>Jeder Kasten und jede Leitung des Diagramms mit ihrem Wert; wählen Sie eines, um seine Gleichung zu sehen</translation>
    </message>
    <message>
        <source>Cell diagram</source>
        <translation>Zelldiagramm</translation>
    </message>
    <message>
        <source>The chosen element: equation, numbers, derivative</source>
        <translation>Das gewählte Element: Gleichung, Zahlen, Ableitung</translation>
    </message>
    <message>
        <source>arrow keys choose a box or wire, Enter shows its equation</source>
        <translation>Pfeiltasten wählen einen Kasten oder eine Leitung, Enter zeigt die Gleichung</translation>
    </message>
</context>
<context>
    <name>CellOptions</name>
    <message>
        <source>φ in hₜ = φ(W_xh xₜ + W_hh hₜ₋₁ + b_h): tanh keeps h in (−1, 1); relu is unbounded.</source>
        <translation>φ in hₜ = φ(W_xh xₜ + W_hh hₜ₋₁ + b_h): tanh hält h in (−1, 1); relu ist unbeschränkt.</translation>
    </message>
    <message>
        <source>diagonal peepholes: each gate sees only its own unit&apos;s cell state (Gers &amp; Schmidhuber); full peepholes: a matrix P, every gate sees every unit&apos;s cell state, as in the concatenated form W·[cₜ₋₁, hₜ₋₁, xₜ].</source>
        <translation>diagonale Peepholes: jedes Gate sieht nur den Zellzustand seiner eigenen Einheit (Gers &amp; Schmidhuber); volle Peepholes: eine Matrix P, jedes Gate sieht den Zellzustand aller Einheiten, wie in der verketteten Form W·[cₜ₋₁, hₜ₋₁, xₜ].</translation>
    </message>
    <message>
        <source>reset before U_h: h̃ = tanh(W_h x + U_h (r ⊙ hₜ₋₁) + b_h) (Cho 2014, colah); reset after U_h: h̃ = tanh(W_h x + b_h + r ⊙ (U_h hₜ₋₁ + b_hn)) (cuDNN, PyTorch, which calls this h̃ nₜ); no reset gate (simplified): r ≡ 1.</source>
        <translation>Reset vor U_h: h̃ = tanh(W_h x + U_h (r ⊙ hₜ₋₁) + b_h) (Cho 2014, colah); Reset nach U_h: h̃ = tanh(W_h x + b_h + r ⊙ (U_h hₜ₋₁ + b_hn)) (cuDNN, PyTorch, das dieses h̃ nₜ nennt); kein Reset-Gate (vereinfacht): r ≡ 1.</translation>
    </message>
    <message>
        <source>z takes the new state: hₜ = (1 − z) ⊙ hₜ₋₁ + z ⊙ h̃ (colah, deeplearning.ai); z keeps the old state: hₜ = z ⊙ hₜ₋₁ + (1 − z) ⊙ h̃ (Cho 2014, PyTorch).</source>
        <translation>z übernimmt den neuen Zustand: hₜ = (1 − z) ⊙ hₜ₋₁ + z ⊙ h̃ (colah, deeplearning.ai); z behält den alten Zustand: hₜ = z ⊙ hₜ₋₁ + (1 − z) ⊙ h̃ (Cho 2014, PyTorch).</translation>
    </message>
    <message>
        <source>z takes the new state</source>
        <translation>z übernimmt den neuen Zustand</translation>
    </message>
    <message>
        <source>z keeps the old state</source>
        <translation>z behält den alten Zustand</translation>
    </message>
    <message>
        <source>reset before U_h</source>
        <translation>Reset vor U_h</translation>
    </message>
    <message>
        <source>reset after U_h</source>
        <translation>Reset nach U_h</translation>
    </message>
    <message>
        <source>no reset gate (simplified)</source>
        <translation>kein Reset-Gate (vereinfacht)</translation>
    </message>
    <message>
        <source>diagonal peepholes</source>
        <translation>diagonale Peepholes</translation>
    </message>
    <message>
        <source>full peepholes</source>
        <translation>volle Peepholes</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <source>the constant error carousel: how cₜ moves with cₜ₋₁ (one step back)</source>
        <extracomment>The local derivative the info area shows for an element&apos;s equation: (of, wrt, entry kind, caption); the captions are translated where they are shown.</extracomment>
        <translation>das Constant Error Carousel: wie sich cₜ mit cₜ₋₁ ändert (ein Schritt zurück)</translation>
    </message>
    <message>
        <source>how hₜ moves with hₜ₋₁ (one step back, everything else held fixed)</source>
        <translation>wie sich hₜ mit hₜ₋₁ ändert (ein Schritt zurück, alles andere festgehalten)</translation>
    </message>
    <message>
        <source>how hₜ moves with the forget gate&apos;s bias</source>
        <translation>wie sich hₜ mit dem Bias des Forget-Gates ändert</translation>
    </message>
    <message>
        <source>how hₜ moves with the input gate&apos;s bias</source>
        <translation>wie sich hₜ mit dem Bias des Input-Gates ändert</translation>
    </message>
    <message>
        <source>how hₜ moves with the candidate&apos;s bias</source>
        <translation>wie sich hₜ mit dem Bias des Kandidaten ändert</translation>
    </message>
    <message>
        <source>how hₜ moves with the output gate&apos;s bias</source>
        <translation>wie sich hₜ mit dem Bias des Output-Gates ändert</translation>
    </message>
    <message>
        <source>how hₜ moves with the update gate&apos;s bias</source>
        <translation>wie sich hₜ mit dem Bias des Update-Gates ändert</translation>
    </message>
    <message>
        <source>how hₜ moves with the reset gate&apos;s bias</source>
        <translation>wie sich hₜ mit dem Bias des Reset-Gates ändert</translation>
    </message>
    <message>
        <source>how hₜ moves with b_hn</source>
        <translation>wie sich hₜ mit b_hn ändert</translation>
    </message>
    <message>
        <source>Click any box or wire to see its equation, the same with the numbers of unit j at this step, and a local derivative from the symbolic layer.</source>
        <extracomment>Which diagram element a warning about a quantity marks. While numbers keep changing (a slider drag) the symbolic derivative waits until they rest this long.</extracomment>
        <translation>Klicken Sie auf einen Kasten oder eine Leitung: Sie sehen seine Gleichung, dieselbe mit den Zahlen von Einheit j in diesem Schritt und eine lokale Ableitung aus der symbolischen Schicht.</translation>
    </message>
    <message>
        <source>Which hidden unit&apos;s numbers the diagram shows</source>
        <translation>Welche verborgene Einheit das Diagramm mit ihren Zahlen zeigt</translation>
    </message>
    <message>
        <source>Which layer (and direction) of a stacked or bidirectional model to draw</source>
        <translation>Welche Schicht (und Richtung) eines gestapelten oder bidirektionalen Modells gezeichnet wird</translation>
    </message>
    <message>
        <source>σ gates are tinted by how open they are: dark = closed (0), yellow = open (1); tanh layers on blue (−1) – grey (0) – yellow (+1)</source>
        <translation>σ-Gates sind danach eingefärbt, wie weit sie offen sind: dunkel = geschlossen (0), gelb = offen (1); tanh-Schichten auf Blau (−1) – Grau (0) – Gelb (+1)</translation>
    </message>
    <message>
        <source>gate closed</source>
        <translation>Gate geschlossen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>type an input sequence to see the cell at work</source>
        <translation>Geben Sie eine Eingabefolge ein, um die Zelle bei der Arbeit zu sehen</translation>
    </message>
    <message>
        <source>xₜ = {token} (one-hot)</source>
        <translation>xₜ = {token} (One-Hot)</translation>
    </message>
    <message>
        <source>xₜ = h of layer {layer}</source>
        <translation>xₜ = h von Schicht {layer}</translation>
    </message>
    <message>
        <source>layer {layer} backward, </source>
        <translation>Schicht {layer} rückwärts, </translation>
    </message>
    <message>
        <source>layer {layer} forward, </source>
        <translation>Schicht {layer} vorwärts, </translation>
    </message>
    <message>
        <source>layer {layer}, </source>
        <translation>Schicht {layer}, </translation>
    </message>
    <message>
        <source>step &lt;b&gt;t = {t}&lt;/b&gt; of {steps}, input &lt;b&gt;{token}&lt;/b&gt;, unit &lt;b&gt;j = {unit}&lt;/b&gt;</source>
        <translation>Schritt &lt;b&gt;t = {t}&lt;/b&gt; von {steps}, Eingabe &lt;b&gt;{token}&lt;/b&gt;, Einheit &lt;b&gt;j = {unit}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>step &lt;b&gt;t = {t}&lt;/b&gt; of {steps}, unit &lt;b&gt;j = {unit}&lt;/b&gt;</source>
        <translation>Schritt &lt;b&gt;t = {t}&lt;/b&gt; von {steps}, Einheit &lt;b&gt;j = {unit}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>At t = {t}:</source>
        <translation>Bei t = {t}:</translation>
    </message>
    <message>
        <source>reset before: r multiplies hₜ₋₁ inside the candidate (Cho 2014, colah)</source>
        <translation>Reset vorher: r multipliziert hₜ₋₁ im Kandidaten (Cho 2014, colah)</translation>
    </message>
    <message>
        <source>reset after: r multiplies U_h hₜ₋₁ + b_hn (cuDNN, PyTorch)</source>
        <translation>Reset danach: r multipliziert U_h hₜ₋₁ + b_hn (cuDNN, PyTorch)</translation>
    </message>
    <message>
        <source>no reset gate (the simplified GRU, r ≡ 1)</source>
        <translation>kein Reset-Gate (das vereinfachte GRU, r ≡ 1)</translation>
    </message>
    <message>
        <source>z weighs the candidate: h = (1 − z) hₜ₋₁ + z h̃ (colah)</source>
        <translation>z gewichtet den Kandidaten: h = (1 − z) hₜ₋₁ + z h̃ (colah)</translation>
    </message>
    <message>
        <source>z weighs the old state: h = z hₜ₋₁ + (1 − z) h̃ (PyTorch)</source>
        <translation>z gewichtet den alten Zustand: h = z hₜ₋₁ + (1 − z) h̃ (PyTorch)</translation>
    </message>
    <message>
        <source>diagonal peepholes: each gate sees its own unit&apos;s c</source>
        <translation>diagonale Peepholes: jedes Gate sieht das c seiner eigenen Einheit</translation>
    </message>
    <message>
        <source>full peepholes: the gates see all of c through a matrix P</source>
        <translation>volle Peepholes: die Gates sehen ganz c über eine Matrix P</translation>
    </message>
    <message>
        <source>φ = relu (unbounded)</source>
        <translation>φ = relu (unbeschränkt)</translation>
    </message>
    <message>
        <source>(colah&apos;s “Understanding LSTM Networks” layout)</source>
        <translation>(Darstellung wie in colahs „Understanding LSTM Networks“)</translation>
    </message>
    <message>
        <source>click any box or wire</source>
        <translation>Klicken Sie auf einen Kasten oder eine Leitung</translation>
    </message>
    <message>
        <source>&lt;i&gt;rendering the equation…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Gleichung wird gesetzt…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>with the numbers (t = {t}, j = {unit}):</source>
        <translation>mit den Zahlen (t = {t}, j = {unit}):</translation>
    </message>
    <message>
        <source>(local derivatives are shown for layer 1, forward direction)</source>
        <translation>(lokale Ableitungen werden für Schicht 1, Vorwärtsrichtung, gezeigt)</translation>
    </message>
    <message>
        <source>Local derivative from the symbolic layer, {caption} — at t = {t}, j = {unit}:</source>
        <translation>Lokale Ableitung aus der symbolischen Schicht, {caption} — bei t = {t}, j = {unit}:</translation>
    </message>
    <message>
        <source>&lt;i&gt;rendering…&lt;/i&gt;</source>
        <translation>&lt;i&gt;wird gesetzt…&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>the test sequence {sequence} does not fit the model ({why})</source>
        <translation>die Testsequenz {sequence} passt nicht zum Modell ({why})</translation>
    </message>
    <message>
        <source>{name} = {actual}, want {target} {mark}</source>
        <translation>{name} = {actual}, gewünscht {target} {mark}</translation>
    </message>
    <message>
        <source>accuracy on {where} = {value} ({correct} of {counted} targets) {target} {mark}</source>
        <translation>Genauigkeit auf {where} = {value} ({correct} von {counted} Zielen) {target} {mark}</translation>
    </message>
    <message>
        <source>accuracy: {why} {mark}</source>
        <translation>Genauigkeit: {why} {mark}</translation>
    </message>
    <message>
        <source>{n} test sequences</source>
        <translation>{n} Testsequenzen</translation>
    </message>
    <message>
        <source>no step has a target</source>
        <translation>kein Schritt hat ein Ziel</translation>
    </message>
    <message>
        <source>this input</source>
        <translation>dieser Eingabe</translation>
    </message>
    <message>
        <source>the test sequence</source>
        <translation>der Testsequenz</translation>
    </message>
    <message>
        <source>on {sequence}: {name}: {why} {mark}</source>
        <translation>auf {sequence}: {name}: {why} {mark}</translation>
    </message>
    <message>
        <source>you said {said}; {label} = {actual} {mark}</source>
        <translation>Ihre Schätzung {said}; {label} = {actual} {mark}</translation>
    </message>
    <message>
        <source>on {sequence}: {line} (on the test sequence)</source>
        <translation>auf {sequence}: {line} (auf der Testsequenz)</translation>
    </message>
    <message>
        <source>there is no input to run (type a sequence)</source>
        <translation>es gibt keine Eingabe zum Ausführen (geben Sie eine Folge ein)</translation>
    </message>
    <message>
        <source>expected {count} numbers, got {got}</source>
        <translation>{count} Zahlen erwartet, {got} erhalten</translation>
    </message>
    <message>
        <source>you said {said}; {label} = {actual}: off by {error} (tolerance {tolerance}) {mark}</source>
        <translation>Ihre Schätzung {said}; {label} = {actual}: daneben um {error} (Toleranz {tolerance}) {mark}</translation>
    </message>
    <message>
        <source>largest miss {error} at {label} (you said {said}, it is {actual}; tolerance {tolerance}) {mark}</source>
        <translation>größte Abweichung {error} bei {label} (Ihre Schätzung {said}, richtig ist {actual}; Toleranz {tolerance}) {mark}</translation>
    </message>
    <message>
        <source>on {sequence}: {line} (fails on {failed} of {total} test sequences)</source>
        <translation>auf {sequence}: {line} (scheitert auf {failed} von {total} Testsequenzen)</translation>
    </message>
    <message>
        <source>on {sequence}: {line} (holds on all {total} test sequences)</source>
        <translation>auf {sequence}: {line} (gilt auf allen {total} Testsequenzen)</translation>
    </message>
    <message>
        <source>type the token you expect</source>
        <translation>geben Sie das erwartete Token ein</translation>
    </message>
    <message>
        <source>{typed} is not a finite number</source>
        <translation>{typed} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>expected {count} number, got {got}</source>
        <translation>{count} Zahl erwartet, {got} erhalten</translation>
    </message>
    <message>
        <source>{typed} is not a number</source>
        <translation>{typed} ist keine Zahl</translation>
    </message>
    <message>
        <source>{quantity} needs a unit or token to be checked</source>
        <translation>{quantity} braucht eine Einheit oder ein Token, um geprüft zu werden</translation>
    </message>
    <message>
        <source>the {cell} has no cell state c</source>
        <translation>{cell} hat keinen Zellzustand c</translation>
    </message>
    <message>
        <source>{quantity} is not a single number of one sequence</source>
        <translation>{quantity} ist keine einzelne Zahl einer Folge</translation>
    </message>
    <message>
        <source>prediction{t}</source>
        <translation>Vorhersage{t}</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>{name} (layer {layer}, backward)</source>
        <translation>{name} (Schicht {layer}, rückwärts)</translation>
    </message>
    <message>
        <source>{name} (layer {layer})</source>
        <translation>{name} (Schicht {layer})</translation>
    </message>
    <message>
        <source>{quantity} needs a time step t</source>
        <translation>{quantity} braucht einen Zeitschritt t</translation>
    </message>
    <message>
        <source>t={t} is beyond the input, which has {steps} steps</source>
        <translation>t={t} liegt hinter der Eingabe, die {steps} Schritte hat</translation>
    </message>
    <message>
        <source>the model has {layers} layers, not {layer}</source>
        <translation>das Modell hat {layers} Schichten, keine Schicht {layer}</translation>
    </message>
    <message>
        <source>the model is not bidirectional</source>
        <translation>das Modell ist nicht bidirektional</translation>
    </message>
    <message>
        <source>the {cell} has no gate {gate}</source>
        <translation>{cell} hat kein Gate {gate}</translation>
    </message>
    <message>
        <source>{quantity} needs a parameter (of)</source>
        <translation>{quantity} braucht einen Parameter (of)</translation>
    </message>
    <message>
        <source>the {cell} model has no parameter {name}</source>
        <translation>das {cell}-Modell hat keinen Parameter {name}</translation>
    </message>
    <message>
        <source>{entry} is outside {name}, which is {shape}</source>
        <translation>{entry} liegt außerhalb von {name}, das {shape} groß ist</translation>
    </message>
    <message>
        <source>this step&apos;s targets do not fit the input (one target per input step)</source>
        <translation>die Ziele dieses Schritts passen nicht zur Eingabe (ein Ziel pro Eingabeschritt)</translation>
    </message>
    <message>
        <source>t={t} is beyond the input, which has {steps} step</source>
        <translation>t={t} liegt hinter der Eingabe, die {steps} Schritt hat</translation>
    </message>
    <message>
        <source>the model has {layers} layer, not {layer}</source>
        <translation>das Modell hat {layers} Schicht, keine Schicht {layer}</translation>
    </message>
    <message>
        <source>the pre-activation a belongs to the Elman RNN, not the {cell}</source>
        <translation>die Voraktivierung a gehört zum Elman-RNN, nicht zu {cell}</translation>
    </message>
    <message>
        <source>the model has {units} hidden units, not {unit}</source>
        <translation>das Modell hat {units} verborgene Einheiten, keine Einheit {unit}</translation>
    </message>
    <message>
        <source>{token} is not in the model&apos;s vocabulary</source>
        <translation>{token} ist nicht im Vokabular des Modells</translation>
    </message>
    <message>
        <source>{name} is not a square matrix</source>
        <translation>{name} ist keine quadratische Matrix</translation>
    </message>
    <message>
        <source>{name} has an entry that is not a finite number</source>
        <translation>{name} hat einen Eintrag, der keine endliche Zahl ist</translation>
    </message>
    <message>
        <source>train: the model&apos;s vocabulary ({vocabulary}) is not the {task} task&apos;s ({expected}); go back to this step&apos;s model</source>
        <translation>Training: das Vokabular des Modells ({vocabulary}) ist nicht das der Aufgabe {task} ({expected}); kehren Sie zum Modell dieses Schritts zurück</translation>
    </message>
</context>
<context>
    <name>DiagramScene</name>
    <message>
        <source>click for the equation with the numbers</source>
        <translation>Klicken für die Gleichung mit den Zahlen</translation>
    </message>
</context>
<context>
    <name>EquationsPanel</name>
    <message>
        <source>one unit j (sums over k)</source>
        <extracomment>form -&gt; its name, translated where it is shown</extracomment>
        <translation>eine Einheit j (Summen über k)</translation>
    </message>
    <message>
        <source>vectors (⊙ element-wise)</source>
        <translation>Vektoren (⊙ elementweise)</translation>
    </message>
    <message>
        <source>gates stacked: W·[h, x]</source>
        <translation>Gates gestapelt: W·[h, x]</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>How the equations are written: for one unit j, in vectors, or with the gates stacked into one matrix applied to [hₜ₋₁; xₜ], the concatenated form W·[hₜ₋₁, xₜ]</source>
        <translation>Wie die Gleichungen geschrieben werden: für eine Einheit j, mit Vektoren, oder mit den Gates zu einer Matrix gestapelt, die auf [hₜ₋₁; xₜ] wirkt, die verkettete Form W·[hₜ₋₁, xₜ]</translation>
    </message>
    <message>
        <source>Whose numbers fill in the equations</source>
        <translation>Wessen Zahlen in die Gleichungen eingesetzt werden</translation>
    </message>
    <message>
        <source>The equations could not be derived: {error}</source>
        <translation>Die Gleichungen konnten nicht hergeleitet werden: {error}</translation>
    </message>
    <message>
        <source>type an input sequence to fill in the numbers</source>
        <translation>Geben Sie eine Eingabefolge ein, um die Zahlen einzusetzen</translation>
    </message>
    <message>
        <source>numbers at &lt;b&gt;t = {t}&lt;/b&gt;, input &lt;b&gt;{token}&lt;/b&gt;, unit &lt;b&gt;j = {unit}&lt;/b&gt;</source>
        <translation>Zahlen bei &lt;b&gt;t = {t}&lt;/b&gt;, Eingabe &lt;b&gt;{token}&lt;/b&gt;, Einheit &lt;b&gt;j = {unit}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>numbers at &lt;b&gt;t = {t}&lt;/b&gt;, unit &lt;b&gt;j = {unit}&lt;/b&gt;</source>
        <translation>Zahlen bei &lt;b&gt;t = {t}&lt;/b&gt;, Einheit &lt;b&gt;j = {unit}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit j needs only row j of each matrix: the Σₖ sums run along that row, and everything after them (⊙) goes unit by unit.</source>
        <translation>Einheit j braucht nur Zeile j jeder Matrix: Die Summen Σₖ laufen entlang dieser Zeile, und alles danach (⊙) geht Einheit für Einheit.</translation>
    </message>
    <message>
        <source>&lt;i&gt;rendering…&lt;/i&gt;</source>
        <translation>&lt;i&gt;wird gesetzt…&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Experiment</name>
    <message>
        <source>peephole LSTM</source>
        <extracomment>The cells&apos; names, translated where they are shown.</extracomment>
        <translation>Peephole-LSTM</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <extracomment>How a line of the legend draws each style.</extracomment>
        <translation>Sequenzlänge</translation>
    </message>
    <message>
        <source>Your input repeated to this many steps; the only target is at the end</source>
        <translation>Ihre Eingabe, auf so viele Schritte wiederholt; das einzige Ziel liegt am Ende</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>The seed of the fresh RNN, LSTM and GRU</source>
        <translation>Der Seed der frischen RNN, LSTM und GRU</translation>
    </message>
    <message>
        <source>add the open model</source>
        <translation>geöffnetes Modell dazunehmen</translation>
    </message>
    <message>
        <source>Also run your model (with your weights) — edit them and watch its line move</source>
        <translation>Auch Ihr Modell (mit Ihren Gewichten) rechnen lassen — ändern Sie sie und sehen Sie seine Linie wandern</translation>
    </message>
    <message>
        <source>gradient reaching back d steps from the loss, relative to d = 0</source>
        <translation>Gradient, der d Schritte vom Verlust zurückreicht, relativ zu d = 0</translation>
    </message>
    <message>
        <source>distance d from the loss (steps back)</source>
        <translation>Abstand d vom Verlust (Schritte zurück)</translation>
    </message>
    <message>
        <source>your {cell}</source>
        <translation>Ihr {cell}</translation>
    </message>
    <message>
        <source>{curve}  ×{factor} per step</source>
        <translation>{curve}  ×{factor} pro Schritt</translation>
    </message>
    <message>
        <source>{cell}: the carousel alone, Π fₜ</source>
        <translation>{cell}: nur das Karussell, Π fₜ</translation>
    </message>
    <message>
        <source>constant error carousel</source>
        <translation>Constant Error Carousel</translation>
    </message>
    <message>
        <source>Your input repeated to {steps} steps; the only target is at the end: the first token &lt;b&gt;{token}&lt;/b&gt;. A high line: the gradient still arrives from that far back. The RNN multiplies it by W_hhᵀ diag(tanh′) at every step; the LSTM&apos;s cell state only by fₜ — the &lt;b&gt;constant error carousel&lt;/b&gt; (dotted). A fresh LSTM has b_f = 1 (f ≈ 0.73), so its carousel fades too: try “Vanishing vs the carousel”.</source>
        <translation>Ihre Eingabe, wiederholt auf {steps} Schritte; das einzige Ziel steht am Ende: das erste Token &lt;b&gt;{token}&lt;/b&gt;. Eine hohe Linie: Der Gradient kommt noch von so weit hinten an. Das RNN multipliziert ihn in jedem Schritt mit W_hhᵀ diag(tanh′), der Zellzustand des LSTM nur mit fₜ — das &lt;b&gt;Constant Error Carousel&lt;/b&gt; (gepunktet). Ein frisches LSTM hat b_f = 1 (f ≈ 0,73), also verblasst auch sein Karussell: Probieren Sie „Verschwinden gegen das Karussell“.</translation>
    </message>
    <message>
        <source>“per step” is the average factor over the first 20 steps back.</source>
        <translation>„pro Schritt“ ist der durchschnittliche Faktor über die ersten 20 Schritte zurück.</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>{quantity} at {when} (input {token})</source>
        <translation>{quantity} bei {when} (Eingabe {token})</translation>
    </message>
    <message>
        <source>{p} = {softmax}, the scores {scores}</source>
        <translation>{p} = {softmax}, die Scores {scores}</translation>
    </message>
    <message>
        <source>{head}: {scores}
{working}
(the scores are large, so every {exp} is first divided by {top}: the ratio stays the same and nothing overflows)</source>
        <translation>{head}: {scores}
{working}
(die Scores sind groß, also wird jedes {exp} zuerst durch {top} geteilt: das Verhältnis bleibt gleich und nichts läuft über)</translation>
    </message>
    <message>
        <source>loss at {when} = {working}
{total}</source>
        <translation>Verlust bei {when} = {working}
{total}</translation>
    </message>
    <message>
        <source>{head}
= {fn}(pre-activation) = {fn}({pre}) = {value}</source>
        <translation>{head}
= {fn}(Voraktivierung) = {fn}({pre}) = {value}</translation>
    </message>
    <message>
        <source>step {t} has no target: it adds nothing to the loss</source>
        <translation>Schritt {t} hat kein Ziel: er trägt nichts zum Verlust bei</translation>
    </message>
    <message>
        <source>{x} is the one-hot vector of &lt;b&gt;{token}&lt;/b&gt;, so each {sum} is the single entry {entry}.</source>
        <translation>{x} ist der One-hot-Vektor von &lt;b&gt;{token}&lt;/b&gt;, also ist jede Summe {sum} der einzelne Eintrag {entry}.</translation>
    </message>
    <message>
        <source>{equation} &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;(weights {first} and {second})&lt;/span&gt;</source>
        <translation>{equation} &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;(Gewichte {first} und {second})&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{equation} &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;(every {ey} divided by {shift}; {token} is the predicted token)&lt;/span&gt;</source>
        <translation>{equation} &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;(jedes {ey} geteilt durch {shift}; {token} ist das vorhergesagte Token)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{equation} &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;({token} is the predicted token)&lt;/span&gt;</source>
        <translation>{equation} &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;({token} ist das vorhergesagte Token)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{x} is the output of layer {layer} at this step (its h, {count} numbers).</source>
        <translation>{x} ist die Ausgabe von Schicht {layer} in diesem Schritt (ihr h, {count} Zahlen).</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>negating {w}, {u} and {b} and switching to {option} gives the same network</source>
        <translation>{w}, {u} und {b} zu negieren und auf {option} umzustellen ergibt dasselbe Netz</translation>
    </message>
    <message>
        <source>Keras&apos;s {layer} layer</source>
        <translation>Keras&apos; {layer}-Schicht</translation>
    </message>
    <message>
        <source>{field} is not zero and a Keras .npz holds weights only (set the initial state to zero, or pass it as {argument} when calling the layer)</source>
        <translation>{field} ist nicht null, und eine Keras-.npz enthält nur Gewichte (setzen Sie den Anfangszustand auf null oder übergeben Sie ihn beim Aufruf der Schicht als {argument})</translation>
    </message>
    <message>
        <source>{lstm} has no peephole connections ({params})</source>
        <translation>{lstm} hat keine Peephole-Verbindungen ({params})</translation>
    </message>
    <message>
        <source>{gru} applies the reset gate after {term} ({option}); this model resets before ({other})</source>
        <translation>{gru} wendet das Reset-Gate nach {term} an ({option}); dieses Modell setzt davor zurück ({other})</translation>
    </message>
    <message>
        <source>in {gru} z keeps the old state ({equation}, {option}); this model uses {other} ({hint})</source>
        <translation>in {gru} behält z den alten Zustand ({equation}, {option}); dieses Modell verwendet {other} ({hint})</translation>
    </message>
    <message>
        <source>{gru} always has a reset gate; this model is the simplified GRU ({option})</source>
        <translation>{gru} hat immer ein Reset-Gate; dieses Modell ist das vereinfachte GRU ({option})</translation>
    </message>
    <message>
        <source>cannot export to {framework}: {reason}</source>
        <translation>Export nach {framework} nicht möglich: {reason}</translation>
    </message>
</context>
<context>
    <name>FocusControls</name>
    <message>
        <source>Unit &lt;i&gt;j&lt;/i&gt;</source>
        <translation>Einheit &lt;i&gt;j&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
</context>
<context>
    <name>GatePlots</name>
    <message>
        <source>saturated: the gate&apos;s derivative is below 0.05 here, so little gradient flows through it</source>
        <extracomment>Above this many units the curves of one plot are drawn as a single item in one colour. Above this many cells a heat map shows no numbers. pyqtgraph&apos;s views stop at ±1e307, and it refuses an infinite range (&quot;Cannot set range [-inf, inf]&quot;). Plots a grid keeps ready: the most quantities of any cell (the LSTM&apos;s f, i, g, o, c and h). How long after a rebuild a grid starts making its spare plots (after the window has painted), and how long the numbers must have rested before it makes one (a plot is 13-15 ms: never during a slider drag). How far the saturation bands reach along the time axis, either way (past any number of steps). The delay between two plots made one per turn: 1 ms, a timer (a 0 ms single shot is a posted event, and Qt delivers every posted event before any timer: the plots would all be made in one turn).</extracomment>
        <translation>gesättigt: Die Ableitung des Gates liegt hier unter 0,05, also fließt kaum Gradient hindurch</translation>
    </message>
    <message numerus="yes">
        <source>%n units, one line each</source>
        <translation>
            <numerusform>%n Einheit, eine Linie</numerusform>
            <numerusform>%n Einheiten, eine Linie je Einheit</numerusform>
        </translation>
    </message>
    <message>
        <source>grey bands: saturated (slope &amp;lt; 0.05)</source>
        <translation>graue Bänder: gesättigt (Steigung &amp;lt; 0,05)</translation>
    </message>
    <message>
        <source>orange line: current step</source>
        <translation>orange Linie: aktueller Schritt</translation>
    </message>
    <message>
        <source>σ gates: dark 0 → yellow 1 &amp;nbsp;&amp;nbsp; others: &lt;span style=&apos;color:{negative}&apos;&gt;blue −&lt;/span&gt; · grey 0 · &lt;span style=&apos;color:{positive}&apos;&gt;yellow +&lt;/span&gt;</source>
        <translation>σ-Gates: dunkel 0 → gelb 1 &amp;nbsp;&amp;nbsp; übrige: &lt;span style=&apos;color:{negative}&apos;&gt;blau −&lt;/span&gt; · grau 0 · &lt;span style=&apos;color:{positive}&apos;&gt;gelb +&lt;/span&gt;</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
</context>
<context>
    <name>Generation</name>
    <message>
        <source>tokens to start from, e.g. BUS</source>
        <extracomment>The temperature slider runs over 0 … MAX_TEMPERATURE in steps of 1 / TEMPERATURE_STEPS.</extracomment>
        <translation>Tokens zum Starten, z. B. BUS</translation>
    </message>
    <message>
        <source>prime</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Ziehen</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>0 (greedy)</source>
        <translation>0 (gierig)</translation>
    </message>
    <message>
        <source>A bidirectional model reads the sequence backwards too; it cannot generate.</source>
        <translation>Ein bidirektionales Modell liest die Folge auch rückwärts; es kann nicht generieren.</translation>
    </message>
    <message>
        <source>step {t}: read {read}, drew {drawn} with p = {p}</source>
        <translation>Schritt {t}: {read} gelesen, {drawn} gezogen mit p = {p}</translation>
    </message>
    <message>
        <source>(model&apos;s own p = {p})</source>
        <translation>(eigenes p des Modells = {p})</translation>
    </message>
    <message>
        <source>the distribution of the first token to draw</source>
        <translation>die Verteilung des ersten zu ziehenden Tokens</translation>
    </message>
</context>
<context>
    <name>GradientDemos</name>
    <message>
        <source>Vanishing vs the carousel</source>
        <translation>Verschwinden gegen das Karussell</translation>
    </message>
    <message>
        <source>Opens an LSTM with b_f = 5 (f ≈ 0.99) and compares it with a fresh RNN, LSTM and GRU: the RNN&apos;s gradient fades within a few steps, the LSTM&apos;s cell state carries it back almost unchanged.</source>
        <translation>Öffnet ein LSTM mit b_f = 5 (f ≈ 0,99) und vergleicht es mit einem frischen RNN, LSTM und GRU: Der Gradient des RNN verblasst binnen weniger Schritte, der Zellzustand des LSTM trägt ihn fast unverändert zurück.</translation>
    </message>
    <message>
        <source>Explosion (relu)</source>
        <translation>Explosion (relu)</translation>
    </message>
    <message>
        <source>Opens an Elman RNN with relu and W_hh = 2·I: relu&apos;s slope is 1, so every step back doubles the gradient.</source>
        <translation>Öffnet ein Elman-RNN mit relu und W_hh = 2·I: Die Steigung von relu ist 1, also verdoppelt jeder Schritt zurück den Gradienten.</translation>
    </message>
    <message>
        <source>Saturation (tanh)</source>
        <translation>Sättigung (tanh)</translation>
    </message>
    <message>
        <source>The same W_hh = 2·I with tanh: its largest eigenvalue is 2, yet the gradient vanishes, because tanh saturates and its slope shrinks every step.</source>
        <translation>Dasselbe W_hh = 2·I mit tanh: Sein größter Eigenwert ist 2, und doch verschwindet der Gradient, weil tanh sättigt und seine Steigung in jedem Schritt schrumpft.</translation>
    </message>
</context>
<context>
    <name>GradientLab</name>
    <message>
        <source>The parameter whose gradient the lab explains</source>
        <extracomment>Above this much work (steps × units² × gates) the finite differences run on the worker, once the numbers rest (like the symbolic part). While numbers keep changing (a slider drag) the symbolic part waits until they rest this long: a story told in the window&apos;s process shares its interpreter with the window. Up to this much work (steps × units² × gates × layers) the story is told in the window&apos;s process from the formulas written ahead of time — a few milliseconds for the presets, at once, as the small finite differences are computed; no process to wait for, no sympy. Above it the symbolic process tells it, so a long chain through the steps never holds the window (docs/performance.md). ... a moment after the update that asked for it, once the window has painted that update.</extracomment>
        <translation>Der Parameter, dessen Gradienten das Labor erklärt</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Undo brings your model back.</source>
        <translation>Rückgängig bringt Ihr Modell zurück.</translation>
    </message>
    <message>
        <source>Demos:</source>
        <translation>Demos:</translation>
    </message>
    <message>
        <source>Gradient views</source>
        <translation>Gradientenansichten</translation>
    </message>
    <message>
        <source>dL/dθ of every entry as a heat map</source>
        <translation>dL/dθ jedes Eintrags als Heatmap</translation>
    </message>
    <message>
        <source>dL/dθ explained</source>
        <translation>dL/dθ erklärt</translation>
    </message>
    <message>
        <source>per step</source>
        <translation>pro Schritt</translation>
    </message>
    <message>
        <source>‖dL/dhₜ‖ (and ‖dL/dcₜ‖) over time, log scale (a gap: exactly 0)</source>
        <translation>‖dL/dhₜ‖ (und ‖dL/dcₜ‖) über die Zeit, logarithmisch (eine Lücke: genau 0)</translation>
    </message>
    <message>
        <source>how much hₖ still moves hₜ: ‖∂hₜ/∂hₖ‖ for the current t (orange line), largest singular value</source>
        <translation>wie stark hₖ noch hₜ bewegt: ‖∂hₜ/∂hₖ‖ für das aktuelle t (orange Linie), größter Singulärwert</translation>
    </message>
    <message>
        <source>through time</source>
        <translation>durch die Zeit</translation>
    </message>
    <message>
        <source>The eigenvalues of W_hh belong to the Elman RNN, whose state is multiplied by W_hh at every step: open an RNN to see them. For this cell, the “through time” page shows the Jacobian products that play the same part.</source>
        <translation>Die Eigenwerte von W_hh gehören zum Elman-RNN, dessen Zustand in jedem Schritt mit W_hh multipliziert wird: Öffnen Sie ein RNN, um sie zu sehen. Für diese Zelle zeigt die Seite „durch die Zeit“ die Jacobi-Produkte, die dieselbe Rolle spielen.</translation>
    </message>
    <message>
        <source>eigenvalues of Wₕₕ</source>
        <translation>Eigenwerte von Wₕₕ</translation>
    </message>
    <message>
        <source>RNN vs LSTM vs GRU</source>
        <translation>RNN vs. LSTM vs. GRU</translation>
    </message>
    <message>
        <source>BPTT (engine)</source>
        <translation>BPTT (Engine)</translation>
    </message>
    <message>
        <source>dL/dθ from backpropagation through time</source>
        <translation>dL/dθ aus der Backpropagation durch die Zeit</translation>
    </message>
    <message>
        <source>finite differences</source>
        <translation>finite Differenzen</translation>
    </message>
    <message>
        <source>(−L(θ+2ε) + 8L(θ+ε) − 8L(θ−ε) + L(θ−2ε)) / 12ε, ε = 10⁻³, and its relative error against BPTT</source>
        <translation>(−L(θ+2ε) + 8L(θ+ε) − 8L(θ−ε) + L(θ−2ε)) / 12ε, ε = 10⁻³, und ihr relativer Fehler gegenüber BPTT</translation>
    </message>
    <message>
        <source>from the formulas</source>
        <translation>aus den Formeln</translation>
    </message>
    <message>
        <source>Σ over steps of the sympy-derived local derivatives times dL/dh (and dL/dc): the sum below</source>
        <translation>Σ über die Schritte der mit sympy hergeleiteten lokalen Ableitungen mal dL/dh (und dL/dc): die Summe unten</translation>
    </message>
    <message>
        <source>where the local derivatives, derived by sympy, are</source>
        <translation>wobei die lokalen Ableitungen, mit sympy hergeleitet, lauten</translation>
    </message>
    <message>
        <source>The gradient explained</source>
        <translation>Der Gradient erklärt</translation>
    </message>
    <message>
        <source>demo: {title}</source>
        <translation>Demo: {title}</translation>
    </message>
    <message>
        <source>type an input sequence (with a target) to see gradients</source>
        <translation>Geben Sie eine Eingabefolge (mit einem Ziel) ein, um Gradienten zu sehen</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>relative error {error}</source>
        <translation>relativer Fehler {error}</translation>
    </message>
    <message>
        <source>the loss over the whole sequence</source>
        <translation>der Verlust über die ganze Folge</translation>
    </message>
    <message>
        <source>at t = &lt;b&gt;{t}&lt;/b&gt; of {steps}</source>
        <translation>bei t = &lt;b&gt;{t}&lt;/b&gt; von {steps}</translation>
    </message>
    <message>
        <source>deriving…</source>
        <translation>wird hergeleitet…</translation>
    </message>
    <message>
        <source>at t = {t}, with the numbers:</source>
        <translation>bei t = {t}, mit den Zahlen:</translation>
    </message>
    <message>
        <source>The formulas could not be evaluated: {error}</source>
        <translation>Die Formeln konnten nicht ausgewertet werden: {error}</translation>
    </message>
    <message>
        <source>other units</source>
        <translation>andere Einheiten</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>the {shown} largest of {steps} steps</source>
        <translation>die {shown} größten von {steps} Schritten</translation>
    </message>
    <message>
        <source>adds</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Σ over every step = &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>Σ über alle Schritte = &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>dL/d{name} (click an entry to explain it)</source>
        <translation>dL/d{name} (Eintrag anklicken: Erklärung)</translation>
    </message>
    <message>
        <source>layer {layer}</source>
        <translation>Schicht {layer}</translation>
    </message>
    <message>
        <source>{norm}: the constant error carousel ({factor} per step)</source>
        <translation>{norm}: das Constant Error Carousel ({factor} pro Schritt)</translation>
    </message>
    <message>
        <source>saturated: the activation&apos;s slope averages below {slope} here, so these steps shrink the gradient</source>
        <translation>gesättigt: die Steigung der Aktivierung liegt hier im Mittel unter {slope}, daher verkleinern diese Schritte den Gradienten</translation>
    </message>
    <message>
        <source>Grey bands: saturated steps. {verdict}</source>
        <translation>Graue Bänder: gesättigte Schritte. {verdict}</translation>
    </message>
</context>
<context>
    <name>GradientPlots</name>
    <message>
        <source>each step&apos;s part of dL/dθ: ‖part‖, log colour scale</source>
        <extracomment>The narrowest a heat map may be, whatever its plot needs. Curves of up to this many points mark each point with a dot.</extracomment>
        <translation>Anteil jedes Schritts an dL/dθ: ‖Anteil‖, logarithmische Farbskala</translation>
    </message>
    <message>
        <source>{name} at t = {t}: ‖part of dL/d{name}‖ = {value}</source>
        <translation>{name} bei t = {t}: ‖Anteil an dL/d{name}‖ = {value}</translation>
    </message>
    <message>
        <source>eigenvalues λ of W_hh and the unit circle |λ| = 1</source>
        <translation>Eigenwerte λ von W_hh und der Einheitskreis |λ| = 1</translation>
    </message>
    <message>
        <source>largest |λ| = {radius} (outside the unit circle)</source>
        <translation>größtes |λ| = {radius} (außerhalb des Einheitskreises)</translation>
    </message>
    <message>
        <source>largest |λ| = {radius} (inside the unit circle)</source>
        <translation>größtes |λ| = {radius} (innerhalb des Einheitskreises)</translation>
    </message>
</context>
<context>
    <name>GradientStory</name>
    <message>
        <source>shrinks, about ×{factor} per step back: it vanishes</source>
        <translation>schrumpft, etwa ×{factor} pro Schritt zurück: er verschwindet</translation>
    </message>
    <message>
        <source>overflows (inf or NaN)</source>
        <translation>läuft über (inf oder NaN)</translation>
    </message>
    <message>
        <source>grows, about ×{factor} per step back: it explodes</source>
        <translation>wächst, etwa ×{factor} pro Schritt zurück: er explodiert</translation>
    </message>
    <message>
        <source>keeps its size (×{factor} per step back)</source>
        <translation>behält seine Größe (×{factor} pro Schritt zurück)</translation>
    </message>
    <message>
        <source>{gate}, the weight on the old state</source>
        <translation>{gate}, dem Gewicht des alten Zustands</translation>
    </message>
    <message>
        <source>{gate}: the constant error carousel, {derivative} with no activation slope in the way</source>
        <translation>{gate}: dem Constant Error Carousel, {derivative}, ohne dass eine Aktivierungssteigung dazwischenkommt</translation>
    </message>
    <message>
        <source>raise {bias} ({gate} towards {value})</source>
        <translation>erhöhen Sie {bias} ({gate} Richtung {value})</translation>
    </message>
    <message>
        <source>Through {path} the gradient is multiplied at every step by {gate}. It averages {keep} here, a memory of about {memory} steps; measured over the {steps} steps the gradient {trend}.</source>
        <translation>Über {path} wird der Gradient bei jedem Schritt mit {gate} multipliziert. Das liegt hier im Mittel bei {keep}, ein Gedächtnis von etwa {memory} Schritten; gemessen über die {steps} Schritte gilt: Der Gradient {trend}.</translation>
    </message>
    <message>
        <source>relu has slope {one} wherever {positive} (and {zero} elsewhere), so nothing else scales it: W_hh decides alone.</source>
        <translation>relu hat die Steigung {one} überall, wo {positive} (und sonst {zero}), also skaliert ihn nichts anderes: W_hh entscheidet allein.</translation>
    </message>
    <message>
        <source>But tanh saturates at {where} of {steps} steps (|h| near {one}): tanh′(aₜ) averages {mean}, and every step back multiplies the gradient by {jacobian}.</source>
        <translation>Aber tanh sättigt bei {where} von {steps} Schritten (|h| nahe {one}): tanh′(aₜ) liegt im Mittel bei {mean}, und jeder Schritt zurück multipliziert den Gradienten mit {jacobian}.</translation>
    </message>
    <message>
        <source>tanh′(aₜ) averages {mean} ({bound}), and every step back multiplies the gradient by {jacobian}.</source>
        <translation>tanh′(aₜ) liegt im Mittel bei {mean} ({bound}), und jeder Schritt zurück multipliziert den Gradienten mit {jacobian}.</translation>
    </message>
    <message>
        <source>Measured over these {steps} steps the gradient {trend}.</source>
        <translation>Gemessen über diese {steps} Schritte: Der Gradient {trend}.</translation>
    </message>
    <message>
        <source>lower {bias} ({gate} towards {value})</source>
        <translation>senken Sie {bias} ({gate} Richtung {value})</translation>
    </message>
    <message>
        <source>To carry it much further, {towards}.</source>
        <translation>Um ihn viel weiter zu tragen, {towards}.</translation>
    </message>
    <message>
        <source>tanh(c) saturates at some steps, which blocks the way from c to h there — but not the carousel itself.</source>
        <translation>tanh(c) sättigt bei manchen Schritten, was dort den Weg von c nach h versperrt — aber nicht das Karussell selbst.</translation>
    </message>
    <message>
        <source>The largest |λ| of W_hh is {radius}, outside the unit circle: W_hh alone would make h and the gradient grow by up to ×{radius} per step.</source>
        <translation>Das größte |λ| von W_hh ist {radius}, außerhalb des Einheitskreises: W_hh allein ließe h und den Gradienten um bis zu ×{radius} pro Schritt wachsen.</translation>
    </message>
    <message>
        <source>The largest |λ| of W_hh is {radius}, inside the unit circle: W_hh alone already shrinks the gradient at every step.</source>
        <translation>Das größte |λ| von W_hh ist {radius}, innerhalb des Einheitskreises: W_hh allein verkleinert den Gradienten schon bei jedem Schritt.</translation>
    </message>
    <message>
        <source>Saturation, not W_hh, kills it; with tanh the gradient can never explode for long — try relu to see an explosion.</source>
        <translation>Die Sättigung, nicht W_hh, bringt ihn zum Erliegen; mit tanh kann der Gradient nie lange explodieren — probieren Sie relu, um eine Explosion zu sehen.</translation>
    </message>
    <message>
        <source>{deltas} are {dh} and {dc} through the later steps; the backward direction counts {t} as its own steps.</source>
        <translation>{deltas} sind {dh} und {dc} über die späteren Schritte; die Rückwärtsrichtung zählt {t} in ihren eigenen Schritten.</translation>
    </message>
    <message>
        <source>step {t} has no target, so it adds nothing to the output layer&apos;s gradient.</source>
        <translation>Schritt {t} hat kein Ziel und trägt daher nichts zum Gradienten der Ausgabeschicht bei.</translation>
    </message>
</context>
<context>
    <name>Holds</name>
    <message>
        <source>Locked: {reason}.</source>
        <extracomment>The QSettings key that remembers that the welcome card was answered (it never shows again by itself). name -&gt; how to raise it (``show_panel`` and ``--panel``) the lesson playing in the window (``lstm_studio.app.lessons.mode.LessonMode``), or None the lesson being recorded by File ▸ New lesson from here (``app.lessons.recorder.Recording``) the welcome card and the tour, while they are on screen</extracomment>
        <translation>Gesperrt: {reason}.</translation>
    </message>
    <message>
        <source>the lesson holds entries of this table in this step</source>
        <translation>die Lektion sperrt in diesem Schritt Einträge dieser Tabelle</translation>
    </message>
    <message>
        <source>the lesson</source>
        <translation>die Lektion</translation>
    </message>
    <message>
        <source>the cell type</source>
        <translation>den Zelltyp</translation>
    </message>
    <message>
        <source>the cell&apos;s conventions</source>
        <translation>die Konventionen der Zelle</translation>
    </message>
    <message>
        <source>the hidden size</source>
        <translation>die versteckte Größe</translation>
    </message>
    <message>
        <source>the number of layers</source>
        <translation>die Zahl der Schichten</translation>
    </message>
    <message>
        <source>the direction</source>
        <translation>die Richtung</translation>
    </message>
    <message>
        <source>the vocabulary</source>
        <translation>das Vokabular</translation>
    </message>
    <message>
        <source>the model (no preset may replace it)</source>
        <translation>das Modell (keine Vorlage darf es ersetzen)</translation>
    </message>
    <message>
        <source>the weights (no fresh model from a seed)</source>
        <translation>die Gewichte (kein neues Modell aus einem Seed)</translation>
    </message>
    <message>
        <source>the input sequence</source>
        <translation>die Eingabesequenz</translation>
    </message>
    <message>
        <source>the targets</source>
        <translation>die Ziele</translation>
    </message>
    <message>
        <source>the initial state</source>
        <translation>den Anfangszustand</translation>
    </message>
    <message>
        <source>{who} holds {what} in this step</source>
        <translation>{who} hält {what} in diesem Schritt fest</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>as given</source>
        <translation>wie angegeben</translation>
    </message>
    <message>
        <source>stored in the file</source>
        <translation>in der Datei gespeichert</translation>
    </message>
    <message>
        <source>generic tokens; give the real ones with {option}</source>
        <translation>allgemeine Tokens; geben Sie die echten mit {option} an</translation>
    </message>
    <message>
        <source>input size {inputs}, hidden size {hidden}, {layers}</source>
        <translation>Eingabegröße {inputs}, verborgene Größe {hidden}, {layers}</translation>
    </message>
    <message>
        <source>{count} layer</source>
        <translation>{count} Schicht</translation>
    </message>
    <message>
        <source>{count} stacked layers</source>
        <translation>{count} gestapelte Schichten</translation>
    </message>
    <message>
        <source>{shape}, bidirectional</source>
        <translation>{shape}, bidirektional</translation>
    </message>
    <message>
        <source>cell {cell} ({options}), {shape}</source>
        <translation>Zelle {cell} ({options}), {shape}</translation>
    </message>
    <message>
        <source>cell {cell}, {shape}</source>
        <translation>Zelle {cell}, {shape}</translation>
    </message>
    <message>
        <source>output layer: {name}</source>
        <translation>Ausgabeschicht: {name}</translation>
    </message>
    <message>
        <source>output layer: none found ({w} and {b} set to {zero})</source>
        <translation>Ausgabeschicht: keine gefunden ({w} und {b} auf {zero} gesetzt)</translation>
    </message>
    <message>
        <source>read {file}: {layer}</source>
        <translation>{file} gelesen: {layer}</translation>
    </message>
    <message>
        <source>vocabulary ({origin}): {tokens}</source>
        <translation>Vokabular ({origin}): {tokens}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
</context>
<context>
    <name>InputErrors</name>
    <message>
        <source>{file}: cannot write ({reason})</source>
        <translation>{file}: kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>{field}: expected a list (shape {shape}), got {value}</source>
        <translation>{field}: eine Liste erwartet (Form {shape}), erhalten: {value}</translation>
    </message>
    <message>
        <source>{field}: expected {count} entries, got {got} (expected shape {shape})</source>
        <translation>{field}: {count} Einträge erwartet, {got} erhalten (erwartete Form {shape})</translation>
    </message>
    <message>
        <source>{field}: expected a number, got {value}</source>
        <translation>{field}: eine Zahl erwartet, erhalten: {value}</translation>
    </message>
    <message>
        <source>{field}: {value} is not a finite number</source>
        <translation>{field}: {value} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>{field}: {value} is outside the allowed range {low}..{high}</source>
        <translation>{field}: {value} liegt außerhalb des erlaubten Bereichs {low}..{high}</translation>
    </message>
    <message>
        <source>{field}: expected a whole number, got {value}</source>
        <translation>{field}: eine ganze Zahl erwartet, erhalten: {value}</translation>
    </message>
    <message>
        <source>{field}: expected a non-empty list of tokens</source>
        <translation>{field}: eine nicht leere Liste von Tokens erwartet</translation>
    </message>
    <message>
        <source>{what}: expected a JSON object at the top level</source>
        <translation>{what}: auf oberster Ebene wird ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>{field}: expected {expected}, got {value}</source>
        <translation>{field}: {expected} erwartet, erhalten: {value}</translation>
    </message>
    <message>
        <source>{field}: {found} is not supported (this LSTM Studio reads version {version})</source>
        <translation>{field}: {found} wird nicht unterstützt (dieses LSTM Studio liest Version {version})</translation>
    </message>
    <message>
        <source>{field}: unknown key in a version {version} model file</source>
        <translation>{field}: unbekannter Schlüssel in einer Modelldatei der Version {version}</translation>
    </message>
    <message>
        <source>{field}: missing or not a string</source>
        <translation>{field}: fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>{field}: missing or not an object</source>
        <translation>{field}: fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>{field}: not a parameter of this {cell} model (expected {expected})</source>
        <translation>{field}: kein Parameter dieses {cell}-Modells (erwartet: {expected})</translation>
    </message>
    <message>
        <source>{field}: {value}, too large for float64</source>
        <translation>{field}: {value}, zu groß für float64</translation>
    </message>
    <message>
        <source>{field}: missing</source>
        <translation>{field}: fehlt</translation>
    </message>
    <message>
        <source>{field}: expected a non-empty string</source>
        <translation>{field}: eine nicht leere Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>{field}: {token} appears twice</source>
        <translation>{field}: {token} kommt zweimal vor</translation>
    </message>
    <message>
        <source>{field}: missing (shape {shape})</source>
        <translation>{field}: fehlt (Form {shape})</translation>
    </message>
    <message>
        <source>invalid JSON at line {line}, column {column}: {problem}</source>
        <translation>ungültiges JSON in Zeile {line}, Spalte {column}: {problem}</translation>
    </message>
    <message>
        <source>invalid JSON: nested too deeply</source>
        <translation>ungültiges JSON: zu tief verschachtelt</translation>
    </message>
    <message>
        <source>{file}: not a text file (not valid UTF-8)</source>
        <translation>{file}: keine Textdatei (kein gültiges UTF-8)</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <source>a model file</source>
        <translation>eine Modelldatei</translation>
    </message>
    <message>
        <source>a lesson file</source>
        <translation>eine Lektionsdatei</translation>
    </message>
    <message>
        <source>a weight file</source>
        <translation>eine Gewichtsdatei</translation>
    </message>
    <message>
        <source>a progress file</source>
        <translation>eine Fortschrittsdatei</translation>
    </message>
    <message>
        <source>an answers file</source>
        <translation>eine Antwortdatei</translation>
    </message>
    <message>
        <source>{file}: cannot read ({reason})</source>
        <translation>{file}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{file}: is a folder, not {kind}</source>
        <translation>{file}: ist ein Ordner, nicht {kind}</translation>
    </message>
    <message>
        <source>{file}: not a regular file (a device, a pipe or a socket), not {kind}</source>
        <translation>{file}: keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket), nicht {kind}</translation>
    </message>
    <message>
        <source>{file}: {size}, larger than the limit of {limit} for {kind}</source>
        <translation>{file}: {size}, größer als die Grenze von {limit} für {kind}</translation>
    </message>
    <message>
        <source>{file}: larger than the limit of {limit} for {kind}</source>
        <translation>{file}: größer als die Grenze von {limit} für {kind}</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>{what}: no tokens given</source>
        <translation>{what}: keine Tokens angegeben</translation>
    </message>
    <message>
        <source>{what}: {count} tokens, more than the limit of {limit}</source>
        <translation>{what}: {count} Tokens, mehr als die Grenze von {limit}</translation>
    </message>
    <message>
        <source>{field}: unknown cell {cell} (expected one of {expected})</source>
        <translation>{field}: unbekannte Zelle {cell} (erwartet eine von {expected})</translation>
    </message>
    <message>
        <source>{field}: unknown option for cell {cell} (valid: {valid})</source>
        <translation>{field}: unbekannte Option für die Zelle {cell} (gültig: {valid})</translation>
    </message>
    <message>
        <source>{field}: {value} is not one of {allowed} for cell {cell}</source>
        <translation>{field}: {value} ist für die Zelle {cell} keiner von {allowed}</translation>
    </message>
    <message>
        <source>{field}: unknown option for cell {cell} (valid: none)</source>
        <translation>{field}: unbekannte Option für die Zelle {cell} (sie hat keine)</translation>
    </message>
    <message>
        <source>a number of {digits} digits</source>
        <translation>eine Zahl mit {digits} Stellen</translation>
    </message>
    <message>
        <source>a list of {count} entries</source>
        <translation>eine Liste mit {count} Einträgen</translation>
    </message>
    <message>
        <source>an object with {count} keys</source>
        <translation>ein Objekt mit {count} Schlüsseln</translation>
    </message>
    <message>
        <source>contains a lone surrogate {code}, which is not valid Unicode text</source>
        <translation>enthält ein einzelnes Surrogat {code}, das kein gültiger Unicode-Text ist</translation>
    </message>
    <message>
        <source>contains the control character {code}</source>
        <translation>enthält das Steuerzeichen {code}</translation>
    </message>
    <message>
        <source>vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <source>hidden size</source>
        <translation>verborgene Größe</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>{what}: {count} parameters, more than the limit of {limit}; use fewer hidden units, layers or tokens</source>
        <translation>{what}: {count} Parameter, mehr als die Grenze von {limit}; verwenden Sie weniger verborgene Einheiten, Schichten oder Tokens</translation>
    </message>
    <message>
        <source>{field}: expected a string</source>
        <translation>{field}: eine Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>{field}: expected an object</source>
        <translation>{field}: ein Objekt erwartet</translation>
    </message>
    <message>
        <source>{field}: expected true or false</source>
        <translation>{field}: true oder false erwartet</translation>
    </message>
    <message>
        <source>{what}: {name} {value} is above the limit of {limit}</source>
        <translation>{what}: {name} {value} liegt über der Grenze von {limit}</translation>
    </message>
    <message>
        <source>{field}: appears twice in the same object</source>
        <translation>{field}: kommt im selben Objekt zweimal vor</translation>
    </message>
    <message>
        <source>{field}: longer than {limit} characters</source>
        <translation>{field}: länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>{field}: {token} contains white space, which separates multi-character tokens</source>
        <translation>{field}: {token} enthält Leerraum, der mehrstellige Tokens trennt</translation>
    </message>
    <message>
        <source>{field}: not a state of this model (expected {expected})</source>
        <translation>{field}: kein Zustand dieses Modells (erwartet: {expected})</translation>
    </message>
    <message>
        <source>{what}: a token appears twice</source>
        <translation>{what}: ein Token kommt zweimal vor</translation>
    </message>
    <message>
        <source>{what}: tokens are at most {limit} characters long</source>
        <translation>{what}: Tokens sind höchstens {limit} Zeichen lang</translation>
    </message>
    <message>
        <source>{what}: unknown token {token} at position {position} (vocabulary: {vocab})</source>
        <translation>{what}: unbekanntes Token {token} an Position {position} (Vokabular: {vocab})</translation>
    </message>
    <message>
        <source>accepted: one row per line or rows split by {semicolon}, numbers split by commas, tabs or spaces, e.g. {rows} or {matlab} (Matlab) or {numpy} (NumPy)</source>
        <translation>erlaubt: eine Matrixzeile pro Textzeile oder Zeilen durch {semicolon} getrennt, Zahlen durch Kommas, Tabulatoren oder Leerzeichen getrennt, z. B. {rows} oder {matlab} (Matlab) oder {numpy} (NumPy)</translation>
    </message>
    <message>
        <source>paste: {problem} ({formats})</source>
        <translation>Einfügen: {problem} ({formats})</translation>
    </message>
    <message>
        <source>a bracket is not closed</source>
        <translation>eine Klammer ist nicht geschlossen</translation>
    </message>
    <message>
        <source>the clipboard holds no numbers</source>
        <translation>die Zwischenablage enthält keine Zahlen</translation>
    </message>
    <message>
        <source>the rows have different numbers of values (row {first}: {count}, row {row}: {other})</source>
        <translation>die Zeilen haben unterschiedlich viele Werte (Zeile {first}: {count}, Zeile {row}: {other})</translation>
    </message>
    <message>
        <source>paste: got a {got} matrix, this table is {shape}</source>
        <translation>Einfügen: eine {got}-Matrix erhalten, diese Tabelle ist {shape}</translation>
    </message>
    <message>
        <source>paste: every value must be a finite number</source>
        <translation>Einfügen: jeder Wert muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>the lists inside the outer {brackets} must hold numbers only</source>
        <translation>die Listen innerhalb der äußeren {brackets} dürfen nur Zahlen enthalten</translation>
    </message>
    <message>
        <source>row {row}: {typed} is not a number</source>
        <translation>Zeile {row}: {typed} ist keine Zahl</translation>
    </message>
    <message>
        <source>{field}: {token} is not in the vocabulary ({vocabulary})</source>
        <translation>{field}: {token} ist nicht im Vokabular ({vocabulary})</translation>
    </message>
    <message>
        <source>{field}: this step&apos;s {cell} has no cell state c</source>
        <translation>{field}: {cell} dieses Schritts hat keinen Zellzustand c</translation>
    </message>
    <message>
        <source>{field}: must not be empty</source>
        <translation>{field}: darf nicht leer sein</translation>
    </message>
    <message>
        <source>{field}: expected an object, got {value}</source>
        <translation>{field}: ein Objekt erwartet, erhalten: {value}</translation>
    </message>
    <message>
        <source>{field}: unknown key (expected one of {expected})</source>
        <translation>{field}: unbekannter Schlüssel (erwartet einer von {expected})</translation>
    </message>
    <message>
        <source>{field}: expected a string, got {value}</source>
        <translation>{field}: eine Zeichenkette erwartet, erhalten: {value}</translation>
    </message>
    <message>
        <source>{field}: {count} characters, more than the limit of {limit}</source>
        <translation>{field}: {count} Zeichen, mehr als die Grenze von {limit}</translation>
    </message>
    <message>
        <source>{field}: expected a list, got {value}</source>
        <translation>{field}: eine Liste erwartet, erhalten: {value}</translation>
    </message>
    <message>
        <source>{field}: {count} entries, more than the limit of {limit}</source>
        <translation>{field}: {count} Einträge, mehr als die Grenze von {limit}</translation>
    </message>
    <message>
        <source>{field}: expected one of {expected}</source>
        <translation>{field}: erwartet einer von {expected}</translation>
    </message>
    <message>
        <source>{field}: {count} targets for {steps} input steps (give one per step, {none} for none)</source>
        <translation>{field}: {count} Ziele für {steps} Eingabeschritte (eines pro Schritt angeben, {none} für keines)</translation>
    </message>
    <message>
        <source>{field}: name one entry, e.g. {example}</source>
        <translation>{field}: nennen Sie einen Eintrag, z. B. {example}</translation>
    </message>
    <message>
        <source>{field}: give the whole parameter {name}, not an entry</source>
        <translation>{field}: geben Sie den ganzen Parameter {name} an, keinen Eintrag</translation>
    </message>
    <message>
        <source>{field}: {quantity} cannot be predicted (check it instead)</source>
        <translation>{field}: {quantity} kann nicht vorhergesagt werden (prüfen Sie sie stattdessen)</translation>
    </message>
    <message>
        <source>{field}: this step&apos;s {cell} has no gate {gate} (its gates: {gates})</source>
        <translation>{field}: {cell} dieses Schritts hat kein Gate {gate} (seine Gates: {gates})</translation>
    </message>
    <message>
        <source>{field}: unknown preset {name} (presets: {presets})</source>
        <translation>{field}: unbekannte Vorlage {name} (Vorlagen: {presets})</translation>
    </message>
    <message>
        <source>{field}: {name} is not a parameter of any cell</source>
        <translation>{field}: {name} ist Parameter keiner Zelle</translation>
    </message>
    <message>
        <source>{field}: this step&apos;s {cell} model has no parameter {name} (it has {names})</source>
        <translation>{field}: das {cell}-Modell dieses Schritts hat keinen Parameter {name} (es hat {names})</translation>
    </message>
    <message>
        <source>{field}: {quantity} takes no {key}</source>
        <translation>{field}: {quantity} nimmt kein {key}</translation>
    </message>
    <message>
        <source>{field}: missing ({quantity} needs it)</source>
        <translation>{field}: fehlt ({quantity} braucht es)</translation>
    </message>
    <message>
        <source>{field}: this step&apos;s model is not bidirectional</source>
        <translation>{field}: das Modell dieses Schritts ist nicht bidirektional</translation>
    </message>
    <message>
        <source>{field}: {t} is beyond the input, which has {steps} step(s)</source>
        <translation>{field}: {t} liegt hinter der Eingabe, die {steps} Schritt(e) hat</translation>
    </message>
    <message>
        <source>{field}: a (the pre-activation) belongs to the Elman RNN, not {cell}</source>
        <translation>{field}: a (die Voraktivierung) gehört zum Elman-RNN, nicht zu {cell}</translation>
    </message>
    <message>
        <source>{field}: there is no input to give targets for (set {key})</source>
        <translation>{field}: es gibt keine Eingabe, für die Ziele gelten könnten (setzen Sie {key})</translation>
    </message>
    <message>
        <source>{field}: the preset does not load ({problem})</source>
        <translation>{field}: die Vorlage lässt sich nicht laden ({problem})</translation>
    </message>
    <message>
        <source>{field}: unknown token {token} at position {position} (vocabulary: {vocabulary}, or {none} for no target)</source>
        <translation>{field}: unbekanntes Token {token} an Position {position} (Vokabular: {vocabulary}, oder {none} für kein Ziel)</translation>
    </message>
    <message>
        <source>{field}: {name} has {count} indices, not {given}</source>
        <translation>{field}: {name} hat {count} Indizes, nicht {given}</translation>
    </message>
    <message>
        <source>{field}: {entry} is outside {name}, which is {bounds} (entries count from {first})</source>
        <translation>{field}: {entry} liegt außerhalb von {name}, das {bounds} groß ist (Einträge zählen ab {first})</translation>
    </message>
    <message>
        <source>{field}: {name} has {count} index, not {given}</source>
        <translation>{field}: {name} hat {count} Index, nicht {given}</translation>
    </message>
    <message>
        <source>{field}: {name} is not a square matrix</source>
        <translation>{field}: {name} ist keine quadratische Matrix</translation>
    </message>
    <message>
        <source>{file}: cannot save lesson progress ({reason})</source>
        <translation>{file}: der Lektionsfortschritt kann nicht gespeichert werden ({reason})</translation>
    </message>
    <message>
        <source>variant code: empty</source>
        <translation>Variantencode: leer</translation>
    </message>
    <message>
        <source>variant code: {character} is not a code character (codes use {digits} and {letters})</source>
        <translation>Variantencode: {character} ist kein Codezeichen (Codes verwenden {digits} und {letters})</translation>
    </message>
    <message>
        <source>variant code: too short (a character is missing)</source>
        <translation>Variantencode: zu kurz (ein Zeichen fehlt)</translation>
    </message>
    <message>
        <source>variant code: the check characters do not match; check the code for a typo</source>
        <translation>Variantencode: die Prüfzeichen stimmen nicht; prüfen Sie den Code auf einen Tippfehler</translation>
    </message>
    <message>
        <source>variant code: made by an older LSTM Studio whose questions differ; ask for a new sheet</source>
        <translation>Variantencode: von einem älteren LSTM Studio mit anderen Aufgaben erstellt; bitten Sie um ein neues Blatt</translation>
    </message>
    <message>
        <source>variant code: made by a newer LSTM Studio (code version {version})</source>
        <translation>Variantencode: von einem neueren LSTM Studio erstellt (Codeversion {version})</translation>
    </message>
    <message>
        <source>variant code: names a cell this LSTM Studio does not know</source>
        <translation>Variantencode: nennt eine Zelle, die dieses LSTM Studio nicht kennt</translation>
    </message>
    <message>
        <source>variant code: not a code made by LSTM Studio</source>
        <translation>Variantencode: kein von LSTM Studio erstellter Code</translation>
    </message>
    <message>
        <source>variant code: this worksheet&apos;s model has word tokens; open that model first, then enter the code</source>
        <translation>Variantencode: das Modell dieses Arbeitsblatts hat Wort-Tokens; öffnen Sie zuerst dieses Modell und geben Sie dann den Code ein</translation>
    </message>
    <message>
        <source>variant code: made for a model with a different vocabulary than the one open</source>
        <translation>Variantencode: für ein Modell mit einem anderen Vokabular als dem geöffneten erstellt</translation>
    </message>
    <message>
        <source>variant code: names a question this LSTM Studio does not know</source>
        <translation>Variantencode: nennt eine Aufgabe, die dieses LSTM Studio nicht kennt</translation>
    </message>
    <message>
        <source>model: hidden size {hidden} is too large for a hand-calculation worksheet (at most {limit})</source>
        <translation>Modell: die verborgene Größe {hidden} ist zu groß für ein Arbeitsblatt zum Rechnen von Hand (höchstens {limit})</translation>
    </message>
    <message>
        <source>model: worksheets need a vocabulary of {low} to {high} tokens, not {count}</source>
        <translation>Modell: Arbeitsblätter brauchen ein Vokabular von {low} bis {high} Tokens, nicht {count}</translation>
    </message>
    <message>
        <source>{field}: worksheets take {low} to {high} tokens, not {count}</source>
        <translation>{field}: Arbeitsblätter nehmen {low} bis {high} Tokens, nicht {count}</translation>
    </message>
    <message>
        <source>model: worksheets take a single-layer, one-direction model</source>
        <translation>Modell: Arbeitsblätter nehmen nur ein einschichtiges Modell in einer Richtung</translation>
    </message>
</context>
<context>
    <name>InsidePanels</name>
    <message>
        <source>Cell diagram</source>
        <extracomment>How long after the window is built the symbolic process and the formula fonts are warmed up: after the first frame and the first clicks, which should not share the processor with it. name -&gt; (tab title, translated where it is shown; shortcut)</extracomment>
        <translation>Zelldiagramm</translation>
    </message>
    <message>
        <source>Unrolled</source>
        <translation>Entfaltet</translation>
    </message>
    <message>
        <source>Equations</source>
        <translation>Gleichungen</translation>
    </message>
    <message>
        <source>Gradient lab</source>
        <translation>Gradientenlabor</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>The window shown now (a rebuilt window has no other owner to keep it alive).</extracomment>
        <translation>&amp;Sprache (Language)</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>Leave the lesson first (its progress is kept): changing the language rebuilds the window.</source>
        <translation>Verlassen Sie zuerst die Lektion (der Fortschritt bleibt erhalten): Ein Sprachwechsel baut das Fenster neu auf.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Stop the training first: changing the language rebuilds the window.</source>
        <translation>Beenden Sie zuerst das Training: Ein Sprachwechsel baut das Fenster neu auf.</translation>
    </message>
    <message>
        <source>The translations are missing (make translations).</source>
        <translation>Die Übersetzungen fehlen (make translations).</translation>
    </message>
</context>
<context>
    <name>LatexLabel</name>
    <message>
        <source>could not render: {error}</source>
        <translation>konnte nicht gesetzt werden: {error}</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Could not open the lesson</source>
        <translation>Die Lektion konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your task&lt;/b&gt;</source>
        <extracomment>The player&apos;s width at font scale 1: narrow enough that the studio beside it stays usable.</extracomment>
        <translation>&lt;b&gt;Ihre Aufgabe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
    <message>
        <source>Compare your estimate with the network&apos;s value</source>
        <translation>Vergleichen Sie Ihre Schätzung mit dem Wert des Netzes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predict first&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erst vorhersagen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Test what you built against this step&apos;s checks; they then follow every edit</source>
        <translation>Prüft Ihr Netz gegen die Bedingungen dieses Schritts; danach folgen sie jeder Änderung</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Train the network&lt;/b&gt;</source>
        <translation>&lt;b&gt;Das Netz trainieren&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>Hinweis zeigen</translation>
    </message>
    <message>
        <source>Show the solution</source>
        <translation>Lösung zeigen</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Set this step up afresh: its model, input, checks and prediction</source>
        <translation>Diesen Schritt neu aufsetzen: Modell, Eingabe, Prüfungen und Vorhersage</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Leave lesson</source>
        <translation>Lektion verlassen</translation>
    </message>
    <message>
        <source>Leave the lesson: back to the studio as you left it; your progress here is kept</source>
        <translation>Lektion verlassen: zurück ins Studio, wie Sie es verlassen haben; Ihr Fortschritt bleibt erhalten</translation>
    </message>
    <message numerus="yes">
        <source>Not done yet: %n step(s): {steps}</source>
        <translation>
            <numerusform>Noch nicht fertig: %n Schritt: {steps}</numerusform>
            <numerusform>Noch nicht fertig: %n Schritte: {steps}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n Prüfung</numerusform>
            <numerusform>%n Prüfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Train on {task} (%n epochs)</source>
        <translation>
            <numerusform>Auf {task} trainieren (%n Epoche)</numerusform>
            <numerusform>Auf {task} trainieren (%n Epochen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Train on {task}</source>
        <translation>Auf {task} trainieren</translation>
    </message>
    <message>
        <source>Trains the network you have now; undo takes it back.</source>
        <translation>Trainiert das Netz, das Sie jetzt haben; Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Step {number} of {count} · {done} of {count} done · a challenge</source>
        <translation>Schritt {number} von {count} · {done} von {count} erledigt · eine Herausforderung</translation>
    </message>
    <message>
        <source>Step {number} of {count} · {done} of {count} done</source>
        <translation>Schritt {number} von {count} · {done} von {count} erledigt</translation>
    </message>
    <message>
        <source>✓ Lesson complete: every step is done. Leave the lesson when you like.</source>
        <translation>✓ Lektion abgeschlossen: Jeder Schritt ist erledigt. Verlassen Sie die Lektion, wann Sie möchten.</translation>
    </message>
    <message>
        <source>✓ This step is done. On to the next one.</source>
        <translation>✓ Dieser Schritt ist erledigt. Weiter zum nächsten.</translation>
    </message>
    <message>
        <source>✓ This step is done.</source>
        <translation>✓ Dieser Schritt ist erledigt.</translation>
    </message>
    <message>
        <source>This prediction cannot be read now: {error}</source>
        <translation>Diese Vorhersage lässt sich jetzt nicht lesen: {error}</translation>
    </message>
    <message>
        <source>Which token will the network predict at t = {t}? Type it before you look.</source>
        <translation>Welches Token sagt das Netz bei t = {t} vorher? Tippen Sie es ein, bevor Sie nachsehen.</translation>
    </message>
    <message>
        <source>a token, e.g. S</source>
        <translation>ein Token, z. B. S</translation>
    </message>
    <message numerus="yes">
        <source>{first} … {last} (%n numbers)</source>
        <translation>
            <numerusform>{first} … {last} (%n Zahl)</numerusform>
            <numerusform>{first} … {last} (%n Zahlen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimate {names} before you look: within ±{tolerance} counts as right.</source>
        <translation>Schätzen Sie {names}, bevor Sie nachsehen: Innerhalb von ±{tolerance} gilt als richtig.</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>z. B. {example}</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers, e.g. {example}</source>
        <translation>
            <numerusform>%n Zahl, z. B. {example}</numerusform>
            <numerusform>%n Zahlen, z. B. {example}</numerusform>
        </translation>
    </message>
    <message>
        <source>you said</source>
        <translation>Ihre Angabe</translation>
    </message>
    <message>
        <source>it is</source>
        <translation>tatsächlich</translation>
    </message>
    <message>
        <source>off by</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>**Hint {number}.** {text}</source>
        <translation>**Hinweis {number}.** {text}</translation>
    </message>
    <message>
        <source>Show a hint ({number} of {count})</source>
        <translation>Hinweis zeigen ({number} von {count})</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>the check failed: {error}</source>
        <translation>die Prüfung ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>{passed} of {count} hold</source>
        <translation>{passed} von {count} erfüllt</translation>
    </message>
    <message>
        <source>Your progress in this lesson could not be read ({why}); it was kept as {file}. Starting afresh.</source>
        <translation>Ihr Fortschritt in dieser Lektion konnte nicht gelesen werden ({why}); er wurde als {file} aufbewahrt. Es geht von vorn los.</translation>
    </message>
    <message>
        <source>Your progress in this lesson could not be read ({why}). Starting afresh.</source>
        <translation>Ihr Fortschritt in dieser Lektion konnte nicht gelesen werden ({why}). Es geht von vorn los.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Output: p_t and loss</source>
        <translation>Ausgabe: p_t und Verlust</translation>
    </message>
    <message>
        <source>Gates over time</source>
        <translation>Gates über die Zeit</translation>
    </message>
    <message>
        <source>LSTM Studio models and lessons (*.json);;All files (*)</source>
        <extracomment>Bump when the docks or splitters change so that an old saved layout is not forced on a new window. The narrowest the side panels may be made; their contents scroll below that.</extracomment>
        <translation>LSTM-Studio-Modelle und -Lektionen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Input sequence and targets</source>
        <translation>Eingabefolge und Ziele</translation>
    </message>
    <message>
        <source>Every gate and state as a unit × time heat map</source>
        <translation>Jedes Gate und jeder Zustand als Heatmap Einheit × Zeit</translation>
    </message>
    <message>
        <source>The lesson hides the {panel} panel in this step.</source>
        <translation>Die Lektion blendet das Panel {panel} in diesem Schritt aus.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Open a model or a lesson</source>
        <translation>Modell oder Lektion öffnen</translation>
    </message>
    <message>
        <source>Could not open the model</source>
        <translation>Das Modell konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>opened {path}</source>
        <translation>{path} geöffnet</translation>
    </message>
    <message>
        <source>Could not open the preset</source>
        <translation>Die Vorlage konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>open preset {preset}</source>
        <translation>Vorlage {preset} öffnen</translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation>Modell speichern unter</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved.
Save them first?</source>
        <translation>„{title}“ hat Änderungen, die nicht gespeichert sind.
Zuerst speichern?</translation>
    </message>
    <message>
        <source>autosave failed: {error}</source>
        <translation>Automatisches Speichern fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>LSTM Studio closed without saving “{name}” (from {file}).
Recover that work?</source>
        <translation>LSTM Studio wurde beendet, ohne „{name}“ (aus {file}) zu speichern.
Diese Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>LSTM Studio closed without saving “{name}”.
Recover that work?</source>
        <translation>LSTM Studio wurde beendet, ohne „{name}“ zu speichern.
Diese Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Preset</source>
        <translation>&amp;Vorlage öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>New &amp;lesson from here…</source>
        <translation>Neue &amp;Lektion von hier aus…</translation>
    </message>
    <message>
        <source>instructors: start a lesson file whose first step is this model, input and panel</source>
        <translation>für Lehrende: eine Lektionsdatei beginnen, deren erster Schritt dieses Modell, diese Eingabe und dieses Panel ist</translation>
    </message>
    <message>
        <source>Add this state as a s&amp;tep…</source>
        <translation>Diesen Stand als Schri&amp;tt hinzufügen…</translation>
    </message>
    <message>
        <source>instructors: add the model, input and panel as the next step of the lesson</source>
        <translation>für Lehrende: Modell, Eingabe und Panel als nächsten Schritt der Lektion hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Go to the model panel</source>
        <translation>Zum Modellbereich</translation>
    </message>
    <message>
        <source>Go to the weights</source>
        <translation>Zu den Gewichten</translation>
    </message>
    <message>
        <source>Next panel</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous panel</source>
        <translation>Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Heat maps</source>
        <translation>Heatmaps</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Helles Design</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Dunkles Design</translation>
    </message>
    <message>
        <source>High-contrast theme</source>
        <translation>Hochkontrast-Design</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>bigger fonts, for a projector</source>
        <translation>größere Schrift, für den Beamer</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Normale Schriftgröße</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Zeit</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Abspielen / Pause</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>&amp;Lektionen…</translation>
    </message>
    <message>
        <source>the course, the challenges, a tour of the window</source>
        <translation>der Kurs, die Herausforderungen, ein Rundgang durch das Fenster</translation>
    </message>
    <message>
        <source>&amp;Tour of the window</source>
        <translation>&amp;Rundgang durch das Fenster</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>{lesson} — step {number} of {count} — LSTM Studio</source>
        <translation>{lesson} — Schritt {number} von {count} — LSTM Studio</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederherstellen: {action}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>from &amp;PyTorch (safetensors)…</source>
        <extracomment>kind -&gt; (menu text, file filter, default suffix); the texts are translated where they are shown</extracomment>
        <translation>aus &amp;PyTorch (safetensors)…</translation>
    </message>
    <message>
        <source>PyTorch state dict (*.safetensors)</source>
        <translation>PyTorch-State-Dict (*.safetensors)</translation>
    </message>
    <message>
        <source>from &amp;Keras (.npz)…</source>
        <translation>aus &amp;Keras (.npz)…</translation>
    </message>
    <message>
        <source>Keras weights (*.npz)</source>
        <translation>Keras-Gewichte (*.npz)</translation>
    </message>
    <message>
        <source>to &amp;PyTorch (safetensors + script)…</source>
        <translation>nach &amp;PyTorch (safetensors + Skript)…</translation>
    </message>
    <message>
        <source>to &amp;Keras (.npz)…</source>
        <translation>nach &amp;Keras (.npz)…</translation>
    </message>
    <message>
        <source>as a &amp;NumPy script…</source>
        <translation>als &amp;NumPy-Skript…</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Python-Skript (*.py)</translation>
    </message>
    <message>
        <source>the &amp;trace of this run as CSV…</source>
        <translation>den &amp;Verlauf dieses Laufs als CSV…</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generierung</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Training…</source>
        <translation>&amp;Training…</translation>
    </message>
    <message>
        <source>train the cell on a built-in task and watch it learn</source>
        <translation>die Zelle auf einer eingebauten Aufgabe trainieren und ihr beim Lernen zusehen</translation>
    </message>
    <message>
        <source>&amp;Generation…</source>
        <translation>&amp;Generierung…</translation>
    </message>
    <message>
        <source>draw tokens from the output distribution and feed them back in</source>
        <translation>Tokens aus der Ausgabeverteilung ziehen und wieder einspeisen</translation>
    </message>
    <message>
        <source>Exercise &amp;worksheets…</source>
        <translation>Übungs&amp;blätter…</translation>
    </message>
    <message>
        <source>printable exercises with answer keys, one variant per student</source>
        <translation>druckbare Übungen mit Lösungsblättern, eine Variante pro Studierendem</translation>
    </message>
    <message>
        <source>&amp;Check my answers…</source>
        <translation>Meine Antworten &amp;prüfen…</translation>
    </message>
    <message>
        <source>type a variant code and your answers; each is marked</source>
        <translation>Variantencode und Antworten eingeben; jede wird bewertet</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Could not import the model</source>
        <translation>Das Modell konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Could not export the model</source>
        <translation>Das Modell konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>wrote {files}</source>
        <translation>{files} geschrieben</translation>
    </message>
    <message>
        <source>Import a model</source>
        <translation>Modell importieren</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <source>The tokens the one-hot inputs stand for, e.g. PIGS or &apos;the cat sat&apos;
(empty: generic tokens or the vocabulary stored in the file):</source>
        <translation>Die Tokens, für die die One-Hot-Eingaben stehen, z. B. PIGS oder &apos;the cat sat&apos;
(leer: generische Tokens oder das in der Datei gespeicherte Vokabular):</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Export the model</source>
        <translation>Modell exportieren</translation>
    </message>
</context>
<context>
    <name>ModelPanel</name>
    <message>
        <source>Elman RNN</source>
        <extracomment>The texts of these tables are translated where they are shown (context &quot;ModelPanel&quot;).</extracomment>
        <translation>Elman-RNN</translation>
    </message>
    <message>
        <source>Peephole LSTM</source>
        <translation>Peephole-LSTM</translation>
    </message>
    <message>
        <source>The plain recurrent cell: one {activation} layer reads x_t and h_{t−1}.</source>
        <translation>Die einfache rekurrente Zelle: eine {activation}-Schicht liest x_t und h_{t−1}.</translation>
    </message>
    <message>
        <source>Gates decide what the cell state c_t forgets (f), takes in (i, C̃) and shows (o).</source>
        <translation>Gates entscheiden, was der Zellzustand c_t vergisst (f), aufnimmt (i, C̃) und zeigt (o).</translation>
    </message>
    <message>
        <source>An LSTM whose gates also look at the cell state c.</source>
        <translation>Ein LSTM, dessen Gates auch auf den Zellzustand c schauen.</translation>
    </message>
    <message>
        <source>Two gates, no separate cell state: z mixes old and new, r resets the memory.</source>
        <translation>Zwei Gates, kein eigener Zellzustand: z mischt Alt und Neu, r setzt das Gedächtnis zurück.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Peephole</source>
        <translation>Peephole</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Ready-made models on the P I G S vocabulary</source>
        <translation>Fertige Modelle auf dem Vokabular P I G S</translation>
    </message>
    <message>
        <source>Open a preset…</source>
        <translation>Vorlage öffnen…</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>Number of hidden units H. Existing units keep their weights; new ones are initialised from the seed.</source>
        <translation>Anzahl der verborgenen Einheiten H. Vorhandene Einheiten behalten ihre Gewichte; neue werden aus dem Seed initialisiert.</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Verborgene Größe</translation>
    </message>
    <message>
        <source>The vocabulary, tokens separated by spaces. Tokens keep their weights when you add, remove or reorder others; renaming one (same count) keeps its weights.</source>
        <translation>Das Vokabular, Tokens durch Leerzeichen getrennt. Tokens behalten ihre Gewichte, wenn Sie andere hinzufügen, entfernen oder umsortieren; wer eines umbenennt (gleiche Anzahl), behält seine Gewichte.</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same weights on every machine</source>
        <translation>Der Zufalls-Seed: derselbe Seed ergibt auf jedem Rechner dieselben Gewichte</translation>
    </message>
    <message>
        <source>New weights</source>
        <translation>Neue Gewichte</translation>
    </message>
    <message>
        <source>Re-initialise every weight from the seed (undoable)</source>
        <translation>Alle Gewichte aus dem Seed neu initialisieren (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>&lt;b&gt;Equations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gleichungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>vectors</source>
        <translation>Vektoren</translation>
    </message>
    <message>
        <source>one unit j</source>
        <translation>eine Einheit j</translation>
    </message>
    <message>
        <source>stacked, as W·[h, x]</source>
        <translation>gestapelt, als W·[h, x]</translation>
    </message>
    <message>
        <source>How to write the equations: with vectors and matrices, for one unit j with sums, or with the gate matrices stacked on [hₜ₋₁; xₜ], the concatenated form W·[hₜ₋₁, xₜ]</source>
        <translation>Wie die Gleichungen geschrieben werden: mit Vektoren und Matrizen, für eine Einheit j mit Summen, oder mit den Gate-Matrizen auf [hₜ₋₁; xₜ] gestapelt, die verkettete Form W·[hₜ₋₁, xₜ]</translation>
    </message>
    <message>
        <source>x_t is one-hot; ⊙ multiplies element by element; σ is the logistic sigmoid.</source>
        <translation>x_t ist One-Hot; ⊙ multipliziert elementweise; σ ist die logistische Sigmoidfunktion.</translation>
    </message>
    <message numerus="yes">
        <source>%n layers</source>
        <translation>
            <numerusform>%n Schicht</numerusform>
            <numerusform>%n Schichten</numerusform>
        </translation>
    </message>
    <message>
        <source>bidirectional</source>
        <translation>bidirektional</translation>
    </message>
    <message>
        <source>&lt;b&gt;{total}&lt;/b&gt; parameters: {cell} in the cell, {output} in the output layer</source>
        <translation>&lt;b&gt;{total}&lt;/b&gt; Parameter: {cell} in der Zelle, {output} in der Ausgabeschicht</translation>
    </message>
    <message>
        <source>cell: {name}</source>
        <translation>Zelle: {name}</translation>
    </message>
    <message>
        <source>hidden size {size}</source>
        <translation>verborgene Größe {size}</translation>
    </message>
    <message>
        <source>vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <source>edit vocabulary</source>
        <translation>Vokabular bearbeiten</translation>
    </message>
    <message>
        <source>new weights (seed {seed})</source>
        <translation>neue Gewichte (Seed {seed})</translation>
    </message>
</context>
<context>
    <name>NumbersView</name>
    <message>
        <source>{column} at t = {t}: {value}</source>
        <extracomment>where the explanations come from: the session&apos;s model and evaluation, and the plotted columns</extracomment>
        <translation>{column} bei t = {t}: {value}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected cells (everything when nothing is selected) with their column names, every digit, tab-separated: paste into a spreadsheet</source>
        <translation>Kopiert die ausgewählten Zellen (alles, wenn nichts ausgewählt ist) mit ihren Spaltennamen, jede Ziffer, durch Tabulatoren getrennt: in eine Tabellenkalkulation einfügen</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Als CSV speichern…</translation>
    </message>
    <message>
        <source>Write the whole table, every digit, to a CSV file</source>
        <translation>Schreibt die ganze Tabelle, jede Ziffer, in eine CSV-Datei</translation>
    </message>
    <message>
        <source>Table of numbers</source>
        <translation>Zahlentabelle</translation>
    </message>
    <message>
        <source>one row per time step; columns: the input token, the target, every gate and state unit by unit, the output scores and probabilities, the prediction and the loss</source>
        <translation>eine Zeile je Zeitschritt; Spalten: das Eingabe-Token, das Ziel, jedes Gate und jeder Zustand Einheit für Einheit, die Ausgabewerte und Wahrscheinlichkeiten, die Vorhersage und der Verlust</translation>
    </message>
    <message>
        <source>Type an input sequence to see its numbers.</source>
        <translation>Geben Sie eine Eingabefolge ein, um ihre Zahlen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Every quantity at each of the %n steps, shown with {digits} significant digits (hover a cell for all of them). Copy and Save as CSV give every digit.</source>
        <translation>
            <numerusform>Jede Größe an jedem des %n Schritts, gezeigt mit {digits} signifikanten Stellen (für alle Stellen über eine Zelle fahren). Kopieren und Als CSV speichern geben jede Ziffer.</numerusform>
            <numerusform>Jede Größe an jedem der %n Schritte, gezeigt mit {digits} signifikanten Stellen (für alle Stellen über eine Zelle fahren). Kopieren und Als CSV speichern geben jede Ziffer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copied %n rows</source>
        <translation>
            <numerusform>%n Zeile kopiert</numerusform>
            <numerusform>%n Zeilen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the numbers as CSV</source>
        <translation>Die Zahlen als CSV speichern</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
</context>
<context>
    <name>OutputView</name>
    <message>
        <source>loss per step &amp;nbsp; −log p&lt;sub&gt;t&lt;/sub&gt;[target]</source>
        <translation>Verlust pro Schritt &amp;nbsp; −log p&lt;sub&gt;t&lt;/sub&gt;[Ziel]</translation>
    </message>
    <message>
        <source>&lt;i&gt;Type a sequence to see predictions.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Geben Sie eine Folge ein, um Vorhersagen zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>after input &lt;b&gt;{token}&lt;/b&gt;</source>
        <translation>nach Eingabe &lt;b&gt;{token}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>t = {t}: input &lt;b&gt;{token}&lt;/b&gt; → predicted &lt;b style=&apos;color:{colour}&apos;&gt;{predicted}&lt;/b&gt; (p = {p})</source>
        <translation>t = {t}: Eingabe &lt;b&gt;{token}&lt;/b&gt; → vorhergesagt &lt;b style=&apos;color:{colour}&apos;&gt;{predicted}&lt;/b&gt; (p = {p})</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>, target &lt;b style=&apos;color:{colour}&apos;&gt;{target}&lt;/b&gt; (p = {p}) {mark}</source>
        <translation>, Ziel &lt;b style=&apos;color:{colour}&apos;&gt;{target}&lt;/b&gt; (p = {p}) {mark}</translation>
    </message>
    <message>
        <source>, no target at this step</source>
        <translation>, kein Ziel in diesem Schritt</translation>
    </message>
</context>
<context>
    <name>Parameter</name>
    <message>
        <source>output bias (one entry per vocabulary token)</source>
        <translation>Ausgabe-Bias (ein Eintrag pro Token des Vokabulars)</translation>
    </message>
    <message>
        <source>forget gate f: bias</source>
        <translation>Vergessens-Gate f: Bias</translation>
    </message>
    <message>
        <source>input gate i: bias</source>
        <translation>Eingabe-Gate i: Bias</translation>
    </message>
    <message>
        <source>candidate C̃: bias</source>
        <translation>Kandidat C̃: Bias</translation>
    </message>
    <message>
        <source>input weights: xₜ → aₜ</source>
        <translation>Eingabegewichte: xₜ → aₜ</translation>
    </message>
    <message>
        <source>recurrent weights: hₜ₋₁ → aₜ</source>
        <translation>rekurrente Gewichte: hₜ₋₁ → aₜ</translation>
    </message>
    <message>
        <source>bias of aₜ</source>
        <translation>Bias von aₜ</translation>
    </message>
    <message>
        <source>output weights: hₜ → yₜ (one row per vocabulary token)</source>
        <translation>Ausgabegewichte: hₜ → yₜ (eine Zeile pro Token des Vokabulars)</translation>
    </message>
    <message>
        <source>The concatenated form: W·[hₜ₋₁, xₜ] = W_hh hₜ₋₁ + W_xh xₜ.</source>
        <translation>Die verkettete Form: W·[hₜ₋₁, xₜ] = W_hh hₜ₋₁ + W_xh xₜ.</translation>
    </message>
    <message>
        <source>forget gate f: input weights xₜ → f</source>
        <translation>Vergessens-Gate f: Eingabegewichte xₜ → f</translation>
    </message>
    <message>
        <source>forget gate f: recurrent weights hₜ₋₁ → f</source>
        <translation>Vergessens-Gate f: rekurrente Gewichte hₜ₋₁ → f</translation>
    </message>
    <message>
        <source>input gate i: input weights xₜ → i</source>
        <translation>Eingabe-Gate i: Eingabegewichte xₜ → i</translation>
    </message>
    <message>
        <source>input gate i: recurrent weights hₜ₋₁ → i</source>
        <translation>Eingabe-Gate i: rekurrente Gewichte hₜ₋₁ → i</translation>
    </message>
    <message>
        <source>candidate C̃: input weights xₜ → C̃</source>
        <translation>Kandidat C̃: Eingabegewichte xₜ → C̃</translation>
    </message>
    <message>
        <source>candidate C̃: recurrent weights hₜ₋₁ → C̃</source>
        <translation>Kandidat C̃: rekurrente Gewichte hₜ₋₁ → C̃</translation>
    </message>
    <message>
        <source>output gate o: input weights xₜ → o</source>
        <translation>Ausgabe-Gate o: Eingabegewichte xₜ → o</translation>
    </message>
    <message>
        <source>output gate o: recurrent weights hₜ₋₁ → o</source>
        <translation>Ausgabe-Gate o: rekurrente Gewichte hₜ₋₁ → o</translation>
    </message>
    <message>
        <source>output gate o: bias</source>
        <translation>Ausgabe-Gate o: Bias</translation>
    </message>
    <message>
        <source>The 4 gates&apos; input weights as one matrix: the gates (f, i, C̃, o) are computed together in one matrix product.</source>
        <translation>Die Eingabegewichte der 4 Gates als eine Matrix: Die Gates (f, i, C̃, o) werden gemeinsam in einem Matrixprodukt berechnet.</translation>
    </message>
    <message>
        <source>The 4 gates&apos; recurrent weights as one matrix: the gates (f, i, C̃, o) are computed together in one matrix product.</source>
        <translation>Die rekurrenten Gewichte der 4 Gates als eine Matrix: Die Gates (f, i, C̃, o) werden gemeinsam in einem Matrixprodukt berechnet.</translation>
    </message>
    <message>
        <source>The 4 gates&apos; biases as one matrix: the gates (f, i, C̃, o) are computed together in one matrix product.</source>
        <translation>Die Biases der 4 Gates als eine Matrix: Die Gates (f, i, C̃, o) werden gemeinsam in einem Matrixprodukt berechnet.</translation>
    </message>
    <message>
        <source>The concatenated form: W_f·[hₜ₋₁, xₜ] is U_f hₜ₋₁ + W_f xₜ, one matrix on the stacked vector.</source>
        <translation>Die verkettete Form: W_f·[hₜ₋₁, xₜ] ist U_f hₜ₋₁ + W_f xₜ, eine Matrix auf dem gestapelten Vektor.</translation>
    </message>
    <message>
        <source>The concatenated form: W_i·[hₜ₋₁, xₜ] is U_i hₜ₋₁ + W_i xₜ, one matrix on the stacked vector.</source>
        <translation>Die verkettete Form: W_i·[hₜ₋₁, xₜ] ist U_i hₜ₋₁ + W_i xₜ, eine Matrix auf dem gestapelten Vektor.</translation>
    </message>
    <message>
        <source>The concatenated form: W_c·[hₜ₋₁, xₜ] is U_c hₜ₋₁ + W_c xₜ, one matrix on the stacked vector.</source>
        <translation>Die verkettete Form: W_c·[hₜ₋₁, xₜ] ist U_c hₜ₋₁ + W_c xₜ, eine Matrix auf dem gestapelten Vektor.</translation>
    </message>
    <message>
        <source>The concatenated form: W_o·[hₜ₋₁, xₜ] is U_o hₜ₋₁ + W_o xₜ, one matrix on the stacked vector.</source>
        <translation>Die verkettete Form: W_o·[hₜ₋₁, xₜ] ist U_o hₜ₋₁ + W_o xₜ, eine Matrix auf dem gestapelten Vektor.</translation>
    </message>
    <message>
        <source>Every gate&apos;s [U W] stacked: one product with [hₜ₋₁; xₜ] gives every gate&apos;s pre-activation at once.</source>
        <translation>[U W] aller Gates gestapelt: ein Produkt mit [hₜ₋₁; xₜ] ergibt die Voraktivierungen aller Gates auf einmal.</translation>
    </message>
    <message>
        <source>forget gate f: peephole weights c → f</source>
        <translation>Vergessens-Gate f: Peephole-Gewichte c → f</translation>
    </message>
    <message>
        <source>input gate i: peephole weights c → i</source>
        <translation>Eingabe-Gate i: Peephole-Gewichte c → i</translation>
    </message>
    <message>
        <source>output gate o: peephole weights c → o</source>
        <translation>Ausgabe-Gate o: Peephole-Gewichte c → o</translation>
    </message>
    <message>
        <source>update gate z: input weights xₜ → z</source>
        <translation>Update-Gate z: Eingabegewichte xₜ → z</translation>
    </message>
    <message>
        <source>update gate z: recurrent weights hₜ₋₁ → z</source>
        <translation>Update-Gate z: rekurrente Gewichte hₜ₋₁ → z</translation>
    </message>
    <message>
        <source>reset gate r: input weights xₜ → r</source>
        <translation>Reset-Gate r: Eingabegewichte xₜ → r</translation>
    </message>
    <message>
        <source>reset gate r: recurrent weights hₜ₋₁ → r</source>
        <translation>Reset-Gate r: rekurrente Gewichte hₜ₋₁ → r</translation>
    </message>
    <message>
        <source>candidate state h̃: input weights xₜ → h̃</source>
        <translation>Kandidatenzustand h̃: Eingabegewichte xₜ → h̃</translation>
    </message>
    <message>
        <source>candidate state h̃: recurrent weights hₜ₋₁ → h̃</source>
        <translation>Kandidatenzustand h̃: rekurrente Gewichte hₜ₋₁ → h̃</translation>
    </message>
    <message>
        <source>candidate state h̃: bias</source>
        <translation>Kandidatenzustand h̃: Bias</translation>
    </message>
    <message>
        <source>The concatenated form: W_z·[hₜ₋₁, xₜ] is U_z hₜ₋₁ + W_z xₜ, one matrix on the stacked vector.</source>
        <translation>Die verkettete Form: W_z·[hₜ₋₁, xₜ] ist U_z hₜ₋₁ + W_z xₜ, eine Matrix auf dem gestapelten Vektor.</translation>
    </message>
    <message>
        <source>The concatenated form: W_r·[hₜ₋₁, xₜ] is U_r hₜ₋₁ + W_r xₜ, one matrix on the stacked vector.</source>
        <translation>Die verkettete Form: W_r·[hₜ₋₁, xₜ] ist U_r hₜ₋₁ + W_r xₜ, eine Matrix auf dem gestapelten Vektor.</translation>
    </message>
    <message>
        <source>The concatenated form: W_h·[hₜ₋₁, xₜ] is U_h hₜ₋₁ + W_h xₜ, one matrix on the stacked vector.</source>
        <translation>Die verkettete Form: W_h·[hₜ₋₁, xₜ] ist U_h hₜ₋₁ + W_h xₜ, eine Matrix auf dem gestapelten Vektor.</translation>
    </message>
    <message>
        <source>candidate state h̃ (reset after): bias inside r ⊙ (U_h hₜ₋₁ + b_hn)</source>
        <translation>Kandidatenzustand h̃ (Reset danach): Bias innerhalb von r ⊙ (U_h hₜ₋₁ + b_hn)</translation>
    </message>
    <message>
        <source>update gate z: bias</source>
        <translation>Update-Gate z: Bias</translation>
    </message>
    <message>
        <source>reset gate r: bias</source>
        <translation>Reset-Gate r: Bias</translation>
    </message>
    <message>
        <source>The 3 gates&apos; input weights as one matrix: the gates (z, r, h̃) are computed together in one matrix product.</source>
        <translation>Die Eingabegewichte der 3 Gates als eine Matrix: Die Gates (z, r, h̃) werden gemeinsam in einem Matrixprodukt berechnet.</translation>
    </message>
    <message>
        <source>The 3 gates&apos; recurrent weights as one matrix: the gates (z, r, h̃) are computed together in one matrix product.</source>
        <translation>Die rekurrenten Gewichte der 3 Gates als eine Matrix: Die Gates (z, r, h̃) werden gemeinsam in einem Matrixprodukt berechnet.</translation>
    </message>
    <message>
        <source>The 3 gates&apos; biases as one matrix: the gates (z, r, h̃) are computed together in one matrix product.</source>
        <translation>Die Biases der 3 Gates als eine Matrix: Die Gates (z, r, h̃) werden gemeinsam in einem Matrixprodukt berechnet.</translation>
    </message>
    <message>
        <source>The 2 gates&apos; input weights as one matrix: the gates (z, h̃) are computed together in one matrix product.</source>
        <translation>Die Eingabegewichte der 2 Gates als eine Matrix: Die Gates (z, h̃) werden gemeinsam in einem Matrixprodukt berechnet.</translation>
    </message>
    <message>
        <source>The 2 gates&apos; recurrent weights as one matrix: the gates (z, h̃) are computed together in one matrix product.</source>
        <translation>Die rekurrenten Gewichte der 2 Gates als eine Matrix: Die Gates (z, h̃) werden gemeinsam in einem Matrixprodukt berechnet.</translation>
    </message>
    <message>
        <source>The 2 gates&apos; biases as one matrix: the gates (z, h̃) are computed together in one matrix product.</source>
        <translation>Die Biases der 2 Gates als eine Matrix: Die Gates (z, h̃) werden gemeinsam in einem Matrixprodukt berechnet.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Next character after PIG (GRU)</source>
        <translation>Nächstes Zeichen nach PIG (GRU)</translation>
    </message>
    <message>
        <source>Next character after PIG (LSTM)</source>
        <translation>Nächstes Zeichen nach PIG (LSTM)</translation>
    </message>
    <message>
        <source>Next character after PIG (peephole LSTM)</source>
        <translation>Nächstes Zeichen nach PIG (Peephole-LSTM)</translation>
    </message>
    <message>
        <source>Next character after PIG (Elman RNN)</source>
        <translation>Nächstes Zeichen nach PIG (Elman-RNN)</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Löst das andockbare Fenster und dockt es wieder an</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Schließt das andockbare Fenster</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>The shipped languages, each named in itself: whoever opens the menu may not read the current one. The settings key; its value is a code of LANGUAGES or SYSTEM. The app&apos;s catalogues are ``CATALOGUE_&lt;code&gt;.qm`` in resources/translations/. Qt&apos;s standard buttons and a dock&apos;s title-bar buttons (same context and texts as Qt&apos;s own): Qt&apos;s catalogues translate them, but Qt has no Vietnamese one, so the app&apos;s catalogues carry them too.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>Quantity</name>
    <message>
        <source>forget gate</source>
        <translation>Forget-Gate</translation>
    </message>
    <message>
        <source>input gate</source>
        <translation>Input-Gate</translation>
    </message>
    <message>
        <source>output gate</source>
        <translation>Output-Gate</translation>
    </message>
    <message>
        <source>update gate</source>
        <translation>Update-Gate</translation>
    </message>
    <message>
        <source>reset gate</source>
        <translation>Reset-Gate</translation>
    </message>
    <message>
        <source>pre-activation</source>
        <translation>Voraktivierung</translation>
    </message>
    <message>
        <source>hidden state</source>
        <translation>verborgener Zustand</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>cell state</source>
        <translation>Zellzustand</translation>
    </message>
    <message>
        <source>candidate state</source>
        <translation>Kandidatenzustand</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>LSTM Studio lessons (*.json)</source>
        <translation>LSTM-Studio-Lektionen (*.json)</translation>
    </message>
    <message>
        <source>Step {number} of the lesson</source>
        <translation>Schritt {number} der Lektion</translation>
    </message>
    <message>
        <source>What the student reads: Markdown with $inline$ and $$display$$ maths</source>
        <translation>Was die Lernenden lesen: Markdown mit $inline$- und $$display$$-Formeln</translation>
    </message>
    <message>
        <source>One line: what to do in this step</source>
        <translation>Eine Zeile: was in diesem Schritt zu tun ist</translation>
    </message>
    <message>
        <source>(leave as it is)</source>
        <translation>(so lassen)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Lock (read-only in this step)</source>
        <translation>Sperren (in diesem Schritt schreibgeschützt)</translation>
    </message>
    <message>
        <source>everything, except what is unlocked below</source>
        <translation>alles, außer was unten freigegeben ist</translation>
    </message>
    <message>
        <source>single entries, e.g. W_hh[1,1] b_y[4]</source>
        <translation>einzelne Einträge, z. B. W_hh[1,1] b_y[4]</translation>
    </message>
    <message>
        <source>with everything locked: b_y W_hh[2,2]</source>
        <translation>wenn alles gesperrt ist: b_y W_hh[2,2]</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Hide in this step</source>
        <translation>In diesem Schritt ausblenden</translation>
    </message>
    <message>
        <source>Add the step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>Neue Lektion</translation>
    </message>
    <message>
        <source>Title of the lesson:</source>
        <translation>Titel der Lektion:</translation>
    </message>
    <message>
        <source>Save the lesson as</source>
        <translation>Lektion speichern unter</translation>
    </message>
    <message>
        <source>Add a step to which lesson?</source>
        <translation>Zu welcher Lektion einen Schritt hinzufügen?</translation>
    </message>
    <message>
        <source>The step was not added</source>
        <translation>Der Schritt wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>{file}: step {number} written</source>
        <translation>{file}: Schritt {number} geschrieben</translation>
    </message>
</context>
<context>
    <name>SequencePanel</name>
    <message>
        <source>append {token} as step {t}</source>
        <extracomment>The one-hot grid shows at most this many rows. A vocabulary too long for them (the plurals task&apos;s 23 tokens) shows the rows of the tokens in the input only, so that the target and prediction rows stay in sight; typing another token adds its row.</extracomment>
        <translation>{token} als Schritt {t} anhängen</translation>
    </message>
    <message>
        <source>x_{t}[{token}] = {value}: click to make {token} the input at step {t}</source>
        <translation>x_{t}[{token}] = {value}: klicken, um {token} zur Eingabe in Schritt {t} zu machen</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>von Ihnen gesetzt</translation>
    </message>
    <message>
        <source>default: the next input token</source>
        <translation>Standard: das nächste Eingabetoken</translation>
    </message>
    <message>
        <source>target at step {t} ({how}); click to change</source>
        <translation>Ziel in Schritt {t} ({how}); klicken zum Ändern</translation>
    </message>
    <message>
        <source>argmax p_{t} = {token} with p = {p}</source>
        <translation>argmax p_{t} = {token} mit p = {p}</translation>
    </message>
    <message>
        <source>append a step</source>
        <translation>einen Schritt anhängen</translation>
    </message>
    <message>
        <source>step {t}: click to go there</source>
        <translation>Schritt {t}: klicken, um dorthin zu gehen</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <source>one-hot input: 1 where the step&apos;s token is {token}</source>
        <translation>One-Hot-Eingabe: 1, wo das Token des Schritts {token} ist</translation>
    </message>
    <message>
        <source>what the model should predict at each step (click a cell to change)</source>
        <translation>was das Modell in jedem Schritt vorhersagen soll (klicken Sie auf eine Zelle, um es zu ändern)</translation>
    </message>
    <message>
        <source>the token with the highest probability p_t</source>
        <translation>das Token mit der höchsten Wahrscheinlichkeit p_t</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eingabe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>type tokens, e.g. PIG</source>
        <translation>Tokens eingeben, z. B. PIG</translation>
    </message>
    <message>
        <source>The sequence fed to the cell, one token per step. With one-character tokens type them together (PIG); otherwise separate them with spaces.</source>
        <translation>Die Folge, die der Zelle zugeführt wird, ein Token pro Schritt. Einzeichen-Tokens schreiben Sie zusammen (PIG); andere trennen Sie durch Leerzeichen.</translation>
    </message>
    <message>
        <source>Targets: next token</source>
        <translation>Ziele: nächstes Token</translation>
    </message>
    <message>
        <source>Reset every target to the default: the next input token</source>
        <translation>Alle Ziele auf den Standard zurücksetzen: das nächste Eingabetoken</translation>
    </message>
    <message>
        <source>&lt;b&gt;Initial state&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anfangszustand&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Null</translation>
    </message>
    <message>
        <source>h₀ = 0 (and c₀ = 0)</source>
        <translation>h₀ = 0 (und c₀ = 0)</translation>
    </message>
    <message>
        <source>{state}₀ of unit {unit}: the state before step 1</source>
        <translation>{state}₀ von Einheit {unit}: der Zustand vor Schritt 1</translation>
    </message>
    <message>
        <source>(set in the model file)</source>
        <translation>(in der Modelldatei festgelegt)</translation>
    </message>
    <message>
        <source>no tokens yet: type some, or click a cell in the + column below</source>
        <translation>noch keine Tokens: Geben Sie welche ein, oder klicken Sie unten auf eine Zelle in der Spalte +</translation>
    </message>
    <message>
        <source>{tokens} not in the vocabulary ({vocabulary}): skipped</source>
        <translation>{tokens} nicht im Vokabular ({vocabulary}): übersprungen</translation>
    </message>
    <message>
        <source>use {tokens}</source>
        <translation>{tokens} verwenden</translation>
    </message>
    <message>
        <source>fix the case</source>
        <translation>Groß-/Kleinschreibung korrigieren</translation>
    </message>
    <message>
        <source>next token (default)</source>
        <translation>nächstes Token (Standard)</translation>
    </message>
    <message>
        <source>no target at this step</source>
        <translation>kein Ziel in diesem Schritt</translation>
    </message>
    <message>
        <source>Remove step {t}</source>
        <translation>Schritt {t} entfernen</translation>
    </message>
    <message>
        <source>set {state}₀[{unit}]</source>
        <translation>{state}₀[{unit}] setzen</translation>
    </message>
    <message>
        <source>zero initial state</source>
        <translation>Anfangszustand auf null setzen</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Weights table</source>
        <extracomment>Nudge steps of the weights table: Ctrl+Up/Down (or PageUp/PageDown), with Shift the fine one. A burst of nudges ends (one undo step) when no nudge came for this long.</extracomment>
        <translation>Gewichtstabelle</translation>
    </message>
    <message>
        <source>Cell diagram</source>
        <translation>Zelldiagramm</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>nudge the selected weight by ±%1 (one undo step per burst)</source>
        <translation>das gewählte Gewicht um ±%1 verschieben (eine Folge ist ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>nudge the selected weight (with Shift: finer)</source>
        <translation>das gewählte Gewicht verschieben (mit Umschalt: feiner)</translation>
    </message>
    <message>
        <source>arrow keys, a number, Enter</source>
        <translation>Pfeiltasten, eine Zahl, Enter</translation>
    </message>
    <message>
        <source>move between entries; type a number to set the entry exactly</source>
        <translation>zwischen Einträgen wechseln; eine Zahl setzt den Eintrag genau</translation>
    </message>
    <message>
        <source>arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>select the next or previous box or wire</source>
        <translation>den nächsten oder vorigen Kasten bzw. die Leitung wählen</translation>
    </message>
    <message>
        <source>show the selected element&apos;s equation and numbers</source>
        <translation>Gleichung und Zahlen des gewählten Elements zeigen</translation>
    </message>
    <message>
        <source>move to the next or previous control</source>
        <translation>zum nächsten oder vorigen Bedienelement</translation>
    </message>
    <message>
        <source>open the menu bar; underlined letters choose an entry</source>
        <translation>die Menüleiste öffnen; unterstrichene Buchstaben wählen einen Eintrag</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every action of the menus, the keys of the panels and the keys of the weights table and the cell diagram. F6 moves between the panels.</source>
        <translation>Jede Aktion der Menüs, die Tasten der Bereiche sowie die Tasten der Gewichtstabelle und des Zelldiagramms. F6 wechselt zwischen den Bereichen.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>one row per shortcut: the keys, the action and where it works</source>
        <translation>eine Zeile pro Kürzel: die Tasten, die Aktion und wo sie wirkt</translation>
    </message>
</context>
<context>
    <name>TaskPicker</name>
    <message>
        <source>Task</source>
        <extracomment>Lines of data shown per split before &quot;… and N more&quot;. Typing in an option rebuilds the data this long after the last key.</extracomment>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Data: vocabulary and split</source>
        <translation>Daten: Vokabular und Aufteilung</translation>
    </message>
    <message>
        <source>; target accuracy {accuracy}</source>
        <translation>; Zielgenauigkeit {accuracy}</translation>
    </message>
    <message>
        <source>+ so very clever
- so very silly</source>
        <translation>+ so very clever
- so very silly</translation>
    </message>
    <message>
        <source>paste a text to learn instead (empty: the shipped story)</source>
        <translation>einen Text zum Lernen einfügen (leer: die mitgelieferte Geschichte)</translation>
    </message>
    <message>
        <source>comma-separated, e.g. HENS, DISHES</source>
        <translation>durch Kommas getrennt, z. B. HENS, DISHES</translation>
    </message>
    <message>
        <source>vocabulary ({size}): {tokens}</source>
        <translation>Vokabular ({size}): {tokens}</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Next character</source>
        <translation>Nächstes Zeichen</translation>
    </message>
    <message>
        <source>The cell reads a word one character at a time and, after each character, guesses the next one: after P comes I, after PI comes G, after PIG comes S. This is many-to-many — every step has a target — and the cell must remember where it is in the word, because the same letter can be followed by different letters in different places. Add your own words: when two words start the same way and then part (PIG and PIN), no cell can be sure what comes next, and the best possible accuracy drops below 100 %. There is no test split: the point is to watch the cell memorise these words.</source>
        <translation>Die Zelle liest ein Wort Zeichen für Zeichen und rät nach jedem Zeichen das nächste: Nach P kommt I, nach PI kommt G, nach PIG kommt S. Das ist many-to-many — jeder Schritt hat ein Ziel —, und die Zelle muss sich merken, wo im Wort sie steht, denn auf denselben Buchstaben können an verschiedenen Stellen verschiedene Buchstaben folgen. Fügen Sie eigene Wörter hinzu: Wenn zwei Wörter gleich beginnen und sich dann trennen (PIG und PIN), kann keine Zelle sicher wissen, was als Nächstes kommt, und die bestmögliche Genauigkeit fällt unter 100 %. Es gibt keine Testaufteilung: Es geht darum, der Zelle beim Auswendiglernen dieser Wörter zuzusehen.</translation>
    </message>
    <message>
        <source>words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>the words to learn, e.g. PIGS,COWS</source>
        <translation>die zu lernenden Wörter, z. B. PIGS,COWS</translation>
    </message>
    <message>
        <source>Plurals: S or ES</source>
        <translation>Plural: S oder ES</translation>
    </message>
    <message>
        <source>extra words</source>
        <translation>weitere Wörter</translation>
    </message>
    <message>
        <source>more plurals to learn, e.g. HENS,MIXES</source>
        <translation>weitere zu lernende Plurale, z. B. HENS,MIXES</translation>
    </message>
    <message>
        <source>Long-range dependency</source>
        <translation>Langzeitabhängigkeit</translation>
    </message>
    <message>
        <source>Each word is a plural padded with _ to five characters: PIGS_, FEES_, COWS_, CUPS_, BUSES, TAXES and more of the same two kinds. The cell reads the word letter by letter and is scored only on the ending: after the stem it must say S or E, and then S or _. The rule hides in the stem&apos;s last letter (BUS and TAX take ES, COW and FEE take S), and the same letter S must be answered differently depending on where it stands — after BU it is followed by E, after COW by _ — so the cell has to remember. After training, type BUS and let the cell continue: it writes E S; type COW and it writes S _. RATS, FANS, FOXES and SIXES are held out as a test of whether the rule was learnt rather than the words. Add your own plurals (DISHES, CHURCHES: longer words pad everything to the longest). An Elman RNN learns this as fast as an LSTM: the memory it needs reaches back only a few letters. For a task that only gated cells learn, train the three side by side on the long-range dependency.</source>
        <translation>Jedes Wort ist ein englischer Plural, mit _ auf fünf Zeichen aufgefüllt: PIGS_, FEES_, COWS_, CUPS_, BUSES, TAXES und weitere derselben zwei Arten. Die Zelle liest das Wort Buchstabe für Buchstabe und wird nur an der Endung bewertet: Nach dem Stamm muss sie S oder E sagen, danach S oder _. Die Regel steckt im letzten Buchstaben des Stamms (BUS und TAX bekommen ES, COW und FEE bekommen S), und derselbe Buchstabe S muss je nach Stelle anders beantwortet werden — nach BU folgt E, nach COW folgt _ —, also muss sich die Zelle etwas merken. Geben Sie nach dem Training BUS ein und lassen Sie die Zelle weitermachen: Sie schreibt E S; bei COW schreibt sie S _. RATS, FANS, FOXES und SIXES werden zurückgehalten, um zu prüfen, ob die Regel gelernt wurde und nicht die Wörter. Fügen Sie eigene Plurale hinzu (DISHES, CHURCHES: längere Wörter füllen alles auf das längste auf). Ein Elman-RNN lernt dies so schnell wie ein LSTM: Das Gedächtnis, das es braucht, reicht nur wenige Buchstaben zurück. Für eine Aufgabe, die nur Zellen mit Gates lernen, trainieren Sie die drei nebeneinander auf der Langzeitabhängigkeit.</translation>
    </message>
    <message>
        <source>Each sequence starts with A or B, then L random distractors from w x y z, then a ?. At the ? the cell must say which symbol came first — only that last step has a target (many-to-one), so the error signal has to travel back L + 1 steps to the symbol that matters. In an Elman RNN it is multiplied by W_hh and tanh&apos; at every step and fades away, so the RNN stays at guessing (50 %). The LSTM&apos;s cell state is a constant error carousel: with the forget gate near 1, cₜ = fₜ ⊙ cₜ₋₁ + … carries the symbol and its gradient across the gap almost unchanged, and the GRU&apos;s update gate does the same for h. With the defaults (L = 20, at most 6 epochs, the three cells side by side on the same data) the LSTM and the GRU reach 100 % within a few epochs while the RNN stays at 50 %: the same budget, and only the gated cells learn. (Given many more epochs an RNN sometimes stumbles on a saturated unit that latches the symbol.) A gate&apos;s memory lasts about 1 / (1 − f) steps, so the gated cells start with chrono initialisation (forget-gate biases spread up to log L): with the usual b_f = 1 (f ≈ 0.73, a memory of four steps) an LSTM rarely learns a gap of 20 — switch chrono off to see why it is there. The test sequences are fresh ones the cell never saw.</source>
        <translation>Jede Folge beginnt mit A oder B, dann folgen L zufällige Ablenker aus w x y z, dann ein ?. Beim ? muss die Zelle sagen, welches Symbol am Anfang stand — nur dieser letzte Schritt hat ein Ziel (many-to-one), also muss das Fehlersignal L + 1 Schritte zurück bis zu dem Symbol reisen, auf das es ankommt. In einem Elman-RNN wird es in jedem Schritt mit W_hh und tanh&apos; multipliziert und verblasst, daher bleibt das RNN beim Raten (50 %). Der Zellzustand des LSTM ist ein Constant Error Carousel: Mit dem Forget-Gate nahe 1 trägt cₜ = fₜ ⊙ cₜ₋₁ + … das Symbol und seinen Gradienten fast unverändert über die Lücke, und das Update-Gate des GRU tut dasselbe für h. Mit den Voreinstellungen (L = 20, höchstens 6 Epochen, die drei Zellen nebeneinander auf denselben Daten) erreichen LSTM und GRU binnen weniger Epochen 100 %, während das RNN bei 50 % bleibt: dasselbe Budget, und nur die Zellen mit Gates lernen. (Mit viel mehr Epochen stößt ein RNN manchmal auf eine gesättigte Einheit, die das Symbol festhält.) Das Gedächtnis eines Gates reicht etwa 1 / (1 − f) Schritte weit, deshalb starten die Zellen mit Gates mit Chrono-Initialisierung (Forget-Gate-Biases verteilt bis log L): Mit dem üblichen b_f = 1 (f ≈ 0,73, ein Gedächtnis von vier Schritten) lernt ein LSTM eine Lücke von 20 selten — schalten Sie Chrono ab, um zu sehen, wozu es da ist. Die Testfolgen sind neue, die die Zelle nie gesehen hat.</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>L, the number of distractors between the symbol and the ?</source>
        <translation>L, die Zahl der Ablenker zwischen dem Symbol und dem ?</translation>
    </message>
    <message>
        <source>sequences</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>how many training sequences</source>
        <translation>wie viele Trainingsfolgen</translation>
    </message>
    <message>
        <source>Sentiment (many-to-one)</source>
        <translation>Stimmung (many-to-one)</translation>
    </message>
    <message>
        <source>Short film reviews written for the app, read one word at a time; only after the last word does the cell answer POSITIVE or NEGATIVE (many-to-one). Many reviews come in pairs that differ by one word — &apos;not bad&apos; is positive, &apos;not good&apos; negative, &apos;i liked it&apos; and &apos;i did not like it&apos; — so the cell cannot just add up good and bad words: it must carry the &apos;not&apos; along until the word it turns around. A seeded fifth of the reviews is held out as a test split; words that occur only there were never learnt, which is why the test accuracy stays below the training accuracy. Add your own reviews as &apos;+ words&apos; or &apos;- words&apos;.</source>
        <translation>Kurze englische Filmkritiken, für die App geschrieben, Wort für Wort gelesen; erst nach dem letzten Wort antwortet die Zelle POSITIVE oder NEGATIVE (many-to-one). Viele Kritiken kommen paarweise und unterscheiden sich in einem Wort — &apos;not bad&apos; ist positiv, &apos;not good&apos; negativ, &apos;i liked it&apos; und &apos;i did not like it&apos; —, also kann die Zelle nicht einfach gute und schlechte Wörter zusammenzählen: Sie muss das &apos;not&apos; mitnehmen bis zu dem Wort, das es umkehrt. Ein per Seed gewähltes Fünftel der Kritiken wird als Testaufteilung zurückgehalten; Wörter, die nur dort vorkommen, wurden nie gelernt, darum bleibt die Testgenauigkeit unter der Trainingsgenauigkeit. Fügen Sie eigene Kritiken als &apos;+ Wörter&apos; oder &apos;- Wörter&apos; hinzu.</translation>
    </message>
    <message>
        <source>extra phrases</source>
        <translation>weitere Sätze</translation>
    </message>
    <message>
        <source>more reviews, each &apos;+ words&apos; or &apos;- words&apos;</source>
        <translation>weitere Kritiken, jede &apos;+ Wörter&apos; oder &apos;- Wörter&apos;</translation>
    </message>
    <message>
        <source>test fraction</source>
        <translation>Testanteil</translation>
    </message>
    <message>
        <source>the share of reviews held out for testing</source>
        <translation>der Anteil der Kritiken, der zum Testen zurückgehalten wird</translation>
    </message>
    <message>
        <source>Character language model</source>
        <translation>Zeichen-Sprachmodell</translation>
    </message>
    <message>
        <source>A short story written for the app (&apos;the cell and the gate&apos;), cut into pieces of 16 characters. At every character the cell guesses the next one, as in the next-character task but on real text, where no guess is ever certain — so the accuracy will not reach 100 %, and the loss (the surprise, in nats per character) is the better measure. Once trained, use the generation panel: prime it with a few letters and let it write, drawing each character from its output distribution and feeding it back in. The last fifth of the text is the test split. Paste your own text instead (at least a few hundred characters; line breaks become spaces).</source>
        <translation>Eine kurze englische Geschichte, für die App geschrieben (&apos;the cell and the gate&apos;), in Stücke von 16 Zeichen geschnitten. Bei jedem Zeichen rät die Zelle das nächste, wie in der Aufgabe „Nächstes Zeichen“, aber auf echtem Text, wo kein Tipp je sicher ist — die Genauigkeit wird also nicht 100 % erreichen, und der Verlust (die Überraschung, in nats pro Zeichen) ist das bessere Maß. Nach dem Training nutzen Sie das Generierungsfenster: Geben Sie ihm ein paar Buchstaben vor und lassen Sie es schreiben, wobei jedes Zeichen aus seiner Ausgabeverteilung gezogen und wieder eingespeist wird. Das letzte Fünftel des Textes ist die Testaufteilung. Fügen Sie stattdessen einen eigenen Text ein (mindestens einige hundert Zeichen; Zeilenumbrüche werden zu Leerzeichen).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>the text to learn (empty: the shipped story)</source>
        <translation>der zu lernende Text (leer: die mitgelieferte Geschichte)</translation>
    </message>
    <message>
        <source>length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>characters per training piece (BPTT length)</source>
        <translation>Zeichen pro Trainingsstück (BPTT-Länge)</translation>
    </message>
    <message>
        <source>the share of the text held out at its end</source>
        <translation>der Anteil des Textes, der an seinem Ende zurückgehalten wird</translation>
    </message>
    <message>
        <source>{tokens} tokens, {train} training sequences ({targets} targets), no test split</source>
        <translation>{tokens} Tokens, {train} Trainingsfolgen ({targets} Ziele), keine Testaufteilung</translation>
    </message>
    <message>
        <source>{tokens} tokens, {train} training sequences ({targets} targets), {test} test sequences</source>
        <translation>{tokens} Tokens, {train} Trainingsfolgen ({targets} Ziele), {test} Testfolgen</translation>
    </message>
    <message>
        <source>{option}: {word} is not a plural ending in S or ES</source>
        <translation>{option}: {word} ist kein Plural auf S oder ES</translation>
    </message>
    <message>
        <source>Chance is {share}: a cell that forgot the first symbol can only guess.</source>
        <translation>Raten trifft in {share} der Fälle: Eine Zelle, die das erste Symbol vergessen hat, kann nur raten.</translation>
    </message>
    <message>
        <source>{characters} characters in pieces of {length}; the last {share} is the test split.</source>
        <translation>{characters} Zeichen in Stücken zu {length}; die letzten {share} sind die Testaufteilung.</translation>
    </message>
    <message>
        <source>{option}: {value} is outside {low}..{high} for the {task} task</source>
        <translation>{option}: {value} liegt außerhalb von {low}..{high} für die Aufgabe {task}</translation>
    </message>
    <message>
        <source>{option}: an empty word</source>
        <translation>{option}: ein leeres Wort</translation>
    </message>
    <message>
        <source>{option}: {word}… is longer than {limit} characters</source>
        <translation>{option}: {word}… ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>{option}: {word} contains white space</source>
        <translation>{option}: {word} enthält Leerraum</translation>
    </message>
    <message>
        <source>{option}: give at least one word, e.g. {example}</source>
        <translation>{option}: geben Sie mindestens ein Wort an, z. B. {example}</translation>
    </message>
    <message>
        <source>{option}: {word} is too short (a word needs at least two characters)</source>
        <translation>{option}: {word} ist zu kurz (ein Wort braucht mindestens zwei Zeichen)</translation>
    </message>
    <message>
        <source>Some words share a beginning but continue differently, so at best {share} of the guesses can be right.</source>
        <translation>Manche Wörter beginnen gleich, gehen aber unterschiedlich weiter, daher können bestenfalls {share} der Vorhersagen stimmen.</translation>
    </message>
    <message>
        <source>{option}: {word} is not a word of the letters A to Z</source>
        <translation>{option}: {word} ist kein Wort aus den Buchstaben A bis Z</translation>
    </message>
    <message>
        <source>Words that appear only in the test split (the cell never learnt them): {words}</source>
        <translation>Wörter, die nur in der Testaufteilung vorkommen (die Zelle hat sie nie gelernt): {words}</translation>
    </message>
    <message>
        <source>{option}: {characters} characters is too short for pieces of {length} (give more text)</source>
        <translation>{option}: {characters} Zeichen sind zu kurz für Stücke zu {length} (geben Sie mehr Text an)</translation>
    </message>
    <message>
        <source>{option}: line {number} should be &apos;+ words&apos; or &apos;- words&apos;, got {line}</source>
        <translation>{option}: Zeile {number} sollte &apos;+ Wörter&apos; oder &apos;- Wörter&apos; sein, erhalten: {line}</translation>
    </message>
</context>
<context>
    <name>TeacherWarnings</name>
    <message>
        <source>c passes unchanged and</source>
        <translation>c geht unverändert weiter, und</translation>
    </message>
    <message>
        <source>all of C̃ enters c and</source>
        <translation>C̃ geht ganz in c ein, und</translation>
    </message>
    <message>
        <source>h shows all of tanh(c) and</source>
        <translation>h zeigt tanh(c) ganz, und</translation>
    </message>
    <message>
        <source>cₜ₋₁ is wiped out (∂cₜ/∂cₜ₋₁ = f ≈ 0) and</source>
        <translation>cₜ₋₁ wird gelöscht (∂cₜ/∂cₜ₋₁ = f ≈ 0), und</translation>
    </message>
    <message>
        <source>nothing new enters c and</source>
        <translation>nichts Neues geht in c ein, und</translation>
    </message>
    <message>
        <source>h is shut off from c and</source>
        <translation>h ist von c abgeschnitten, und</translation>
    </message>
    <message>
        <source>hₜ₋₁ is hidden from the candidate and</source>
        <translation>hₜ₋₁ bleibt dem Kandidaten verborgen, und</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>rückwärts</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>vorwärts</translation>
    </message>
    <message>
        <source> (layer {layer}, {direction})</source>
        <translation> (Schicht {layer}, {direction})</translation>
    </message>
    <message>
        <source> (layer {layer})</source>
        <translation> (Schicht {layer})</translation>
    </message>
    <message>
        <source>{name}{where} is pinned at {level} ({symbol} = {value}) at {steps}: {derivative} ≈ {slope}, so {why}</source>
        <translation>{name}{where} klebt bei {level} ({symbol} = {value}) bei {steps}: {derivative} ≈ {slope}, also {why}</translation>
    </message>
    <message>
        <source>the gradient through these steps nearly vanishes.</source>
        <translation>der Gradient durch diese Schritte verschwindet fast.</translation>
    </message>
    <message>
        <source>{name}{where} reaches {value} at t = {t}: relu does not bound h, and W_hh (largest |eigenvalue| {radius}) multiplies it at every step.</source>
        <translation>{name}{where} erreicht {value} bei t = {t}: relu begrenzt h nicht, und W_hh (größter |Eigenwert| {radius}) multipliziert es bei jedem Schritt.</translation>
    </message>
    <message>
        <source>{name}{where} is 0 at every step (a dead relu: a_t ≤ 0), so no gradient flows through this unit at all.</source>
        <translation>{name}{where} ist bei jedem Schritt 0 (ein totes relu: a_t ≤ 0), also fließt überhaupt kein Gradient durch diese Einheit.</translation>
    </message>
    <message>
        <source>|{name}|{where} reaches {value} at t = {t}: c adds i ⊙ C̃ at every step and only f shrinks it, while tanh(c) is pinned at ±1.</source>
        <translation>|{name}|{where} erreicht {value} bei t = {t}: c addiert bei jedem Schritt i ⊙ C̃ und nur f verkleinert es, während tanh(c) bei ±1 klebt.</translation>
    </message>
    <message>
        <source>{lead} W_{p}, U_{p}, b_{p} of unit {unit} get almost no gradient there.</source>
        <translation>{lead} W_{p}, U_{p}, b_{p} der Einheit {unit} bekommen dort fast keinen Gradienten.</translation>
    </message>
    <message>
        <source>W_{p}, U_{p}, b_{p} of unit {unit} get almost no gradient there.</source>
        <translation>W_{p}, U_{p}, b_{p} der Einheit {unit} bekommen dort fast keinen Gradienten.</translation>
    </message>
    <message>
        <source>Overflow{where} at t = {t}: a number became too large for float64 (inf or NaN), so everything computed after it is meaningless — make the weights smaller.</source>
        <translation>Überlauf{where} bei t = {t}: eine Zahl wurde zu groß für float64 (inf oder NaN), also ist alles danach Berechnete bedeutungslos — machen Sie die Gewichte kleiner.</translation>
    </message>
    <message>
        <source>The gradient dL/dh{where} overflows (inf or NaN) at t = {t}: it grew too large on its way back through time.</source>
        <translation>Der Gradient dL/dh{where} läuft bei t = {t} über (inf oder NaN): er wurde auf seinem Weg zurück durch die Zeit zu groß.</translation>
    </message>
    <message>
        <source>‖dL/dhₜ‖{where} reaches {value} at t = {t}: the gradient grows as it goes back through time (‖∂hₜ/∂hₜ₋₁‖ &gt; 1); training would need clipping.</source>
        <translation>‖dL/dhₜ‖{where} erreicht {value} bei t = {t}: der Gradient wächst auf dem Weg zurück durch die Zeit (‖∂hₜ/∂hₜ₋₁‖ &gt; 1); das Training bräuchte Clipping.</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>&lt;b&gt;Time&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zeit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>First step (Ctrl+Home)</source>
        <translation>Erster Schritt (Strg+Pos1)</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+Left)</source>
        <translation>Vorheriger Schritt (Strg+Links)</translation>
    </message>
    <message>
        <source>Play / pause (Ctrl+P)</source>
        <translation>Abspielen / Pause (Strg+P)</translation>
    </message>
    <message>
        <source>Next step (Ctrl+Right)</source>
        <translation>Nächster Schritt (Strg+Rechts)</translation>
    </message>
    <message>
        <source>The current time step t: highlighted in every view</source>
        <translation>Der aktuelle Zeitschritt t: in jeder Ansicht hervorgehoben</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Time per step while playing</source>
        <translation>Zeit pro Schritt beim Abspielen</translation>
    </message>
    <message>
        <source>t = &lt;b&gt;{t}&lt;/b&gt; of {steps} &amp;nbsp; input &lt;b&gt;{token}&lt;/b&gt;</source>
        <translation>t = &lt;b&gt;{t}&lt;/b&gt; von {steps} &amp;nbsp; Eingabe &lt;b&gt;{token}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no steps</source>
        <translation>keine Schritte</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>The model</source>
        <extracomment>(where, title, what it shows); the texts are translated where they are shown</extracomment>
        <translation>Das Modell</translation>
    </message>
    <message>
        <source>Pick the cell — Elman RNN, LSTM, peephole LSTM, GRU — and its conventions, the hidden size and the vocabulary. The presets are ready-made networks; the equations of the cell are at the bottom.</source>
        <translation>Wählen Sie die Zelle — Elman-RNN, LSTM, Peephole-LSTM, GRU — und ihre Konventionen, die verborgene Größe und das Vokabular. Die Vorlagen sind fertige Netze; die Gleichungen der Zelle stehen unten.</translation>
    </message>
    <message>
        <source>The sequence</source>
        <translation>Die Sequenz</translation>
    </message>
    <message>
        <source>Type the input, e.g. PIG. Each column is one time step: the one-hot input x_t, the target (click to change it) and what the network predicts.</source>
        <translation>Tippen Sie die Eingabe, z. B. PIG. Jede Spalte ist ein Zeitschritt: die One-hot-Eingabe x_t, das Ziel (zum Ändern klicken) und was das Netz vorhersagt.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Step through the sequence or play it. Every view shows the step chosen here.</source>
        <translation>Gehen Sie Schritt für Schritt durch die Sequenz oder spielen Sie sie ab. Jede Ansicht zeigt den hier gewählten Schritt.</translation>
    </message>
    <message>
        <source>Inside the cell</source>
        <translation>Im Inneren der Zelle</translation>
    </message>
    <message>
        <source>Gates over time, heat maps of every unit, the cell diagram, the network unrolled in time, the equations with today&apos;s numbers, and the gradient lab where gradients vanish or explode.</source>
        <translation>Gates über die Zeit, Heatmaps jeder Einheit, das Zelldiagramm, das in der Zeit entfaltete Netz, die Gleichungen mit den aktuellen Zahlen und das Gradientenlabor, in dem Gradienten verschwinden oder explodieren.</translation>
    </message>
    <message>
        <source>The weights</source>
        <translation>Die Gewichte</translation>
    </message>
    <message>
        <source>Every parameter as a table. Type a number or drag the slider: every view follows while you drag. Ctrl+Z undoes.</source>
        <translation>Jeder Parameter als Tabelle. Tippen Sie eine Zahl oder ziehen Sie den Regler: Jede Ansicht folgt beim Ziehen. Ctrl+Z macht rückgängig.</translation>
    </message>
    <message>
        <source>The output</source>
        <translation>Die Ausgabe</translation>
    </message>
    <message>
        <source>The softmax output p_t at the current step, the target and the loss.</source>
        <translation>Die softmax-Ausgabe p_t im aktuellen Schritt, das Ziel und der Verlust.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Train the network on a task and watch it learn, generate text from it, print exercise worksheets.</source>
        <translation>Trainieren Sie das Netz auf einer Aufgabe und sehen Sie ihm beim Lernen zu, erzeugen Sie Text damit, drucken Sie Übungsblätter.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Help ▸ Lessons opens the course: lessons and challenges that set up the studio for you and check what you build.</source>
        <translation>Hilfe ▸ Lektionen öffnet den Kurs: Lektionen und Herausforderungen, die das Studio für Sie einrichten und prüfen, was Sie bauen.</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>End the tour</source>
        <translation>Rundgang beenden</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} von {count}</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Model and training</source>
        <extracomment>Curves of up to this many epochs mark each epoch with a dot.</extracomment>
        <translation>Modell und Training</translation>
    </message>
    <message>
        <source>RNN, LSTM and GRU side by side</source>
        <translation>RNN, LSTM und GRU nebeneinander</translation>
    </message>
    <message>
        <source>chrono: the forget (update) gate biases start spread over log 1 … log T, so the gates remember for up to T steps; default: b_f = 1, a memory of about four steps</source>
        <translation>chrono: Die Biases des Forget-Gates (Update-Gates) starten verteilt über log 1 … log T, damit sich die Gates bis zu T Schritte merken; default: b_f = 1, ein Gedächtnis von etwa vier Schritten</translation>
    </message>
    <message>
        <source>clip the gradient norm to this; 0 never clips</source>
        <translation>die Gradientennorm auf diesen Wert begrenzen; 0 begrenzt nie</translation>
    </message>
    <message>
        <source>seeds the weights, the batch order and the task&apos;s random data and split</source>
        <translation>Seed für die Gewichte, die Batch-Reihenfolge sowie die Zufallsdaten und die Aufteilung der Aufgabe</translation>
    </message>
    <message>
        <source>stop at</source>
        <translation>stoppen bei</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>hidden units</source>
        <translation>verborgene Einheiten</translation>
    </message>
    <message>
        <source>initialisation</source>
        <translation>Initialisierung</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>optimiser</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>clip norm</source>
        <translation>Norm-Clipping</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>loss (nats per target)</source>
        <translation>Verlust (nats pro Ziel)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>the run whose snapshots the scrubber moves through</source>
        <translation>der Lauf, durch dessen Schnappschüsse der Schieberegler fährt</translation>
    </message>
    <message numerus="yes">
        <source>{cell}: training {training} after %n epochs</source>
        <translation>
            <numerusform>{cell}: Training {training} nach %n Epoche</numerusform>
            <numerusform>{cell}: Training {training} nach %n Epochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{cell}: training {training}, test {test} after %n epochs</source>
        <translation>
            <numerusform>{cell}: Training {training}, Test {test} nach %n Epoche</numerusform>
            <numerusform>{cell}: Training {training}, Test {test} nach %n Epochen</numerusform>
        </translation>
    </message>
    <message>
        <source>test accuracy (the lower chart)</source>
        <translation>Testgenauigkeit (das untere Diagramm)</translation>
    </message>
    <message numerus="yes">
        <source>drag to move through %n snapshots</source>
        <translation>
            <numerusform>ziehen, um durch %n Schnappschuss zu fahren</numerusform>
            <numerusform>ziehen, um durch %n Schnappschüsse zu fahren</numerusform>
        </translation>
    </message>
    <message>
        <source>{cell}: epoch {epoch} (step {step}) · loss {loss} · training accuracy {accuracy}</source>
        <translation>{cell}: Epoche {epoch} (Schritt {step}) · Verlust {loss} · Trainingsgenauigkeit {accuracy}</translation>
    </message>
    <message>
        <source>, test {accuracy}</source>
        <translation>, Test {accuracy}</translation>
    </message>
    <message>
        <source>{cell}: epoch {epoch}: loss {loss}, accuracy {accuracy}</source>
        <translation>{cell}: Epoche {epoch}: Verlust {loss}, Genauigkeit {accuracy}</translation>
    </message>
    <message>
        <source>train on {task}</source>
        <translation>Training: {task}</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>stopped at {where}: {what} (NaN or overflow); restored {kept}, the last with a finite loss and gradient — lower the learning rate or clip the gradient norm</source>
        <translation>angehalten bei {where}: {what} (NaN oder Überlauf); {kept} wiederhergestellt, die letzten mit endlichem Verlust und Gradienten — senken Sie die Lernrate oder begrenzen Sie die Gradientennorm</translation>
    </message>
    <message>
        <source>ran all {epochs} epochs; training accuracy {accuracy}</source>
        <translation>alle {epochs} Epochen durchlaufen; Trainingsgenauigkeit {accuracy}</translation>
    </message>
    <message>
        <source>the starting weights</source>
        <translation>die Anfangsgewichte</translation>
    </message>
    <message>
        <source>the weights after step {step}</source>
        <translation>die Gewichte nach Schritt {step}</translation>
    </message>
    <message>
        <source>epoch {epoch}, batch {batch} of {batches}</source>
        <translation>Epoche {epoch}, Batch {batch} von {batches}</translation>
    </message>
    <message>
        <source>reached {accuracy} training accuracy (target {target}) at epoch {epoch}</source>
        <translation>{accuracy} Trainingsgenauigkeit erreicht (Ziel {target}) in Epoche {epoch}</translation>
    </message>
    <message>
        <source>cancelled at {where}</source>
        <translation>abgebrochen bei {where}</translation>
    </message>
    <message>
        <source>the loss became {value}</source>
        <translation>der Verlust wurde {value}</translation>
    </message>
    <message>
        <source>the gradient norm became {value}</source>
        <translation>die Gradientennorm wurde {value}</translation>
    </message>
    <message>
        <source>the update made {name} overflow</source>
        <translation>die Aktualisierung ließ {name} überlaufen</translation>
    </message>
    <message>
        <source>training failed: {error}</source>
        <translation>Training fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>stopped at {where}; the weights reached so far stay</source>
        <translation>angehalten bei {where}; die bisher erreichten Gewichte bleiben</translation>
    </message>
    <message>
        <source>paused at {where} — Resume continues from there</source>
        <translation>pausiert bei {where} — Fortsetzen macht dort weiter</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>edit initial state</source>
        <translation>Anfangszustand bearbeiten</translation>
    </message>
    <message>
        <source>edit weights</source>
        <translation>Gewichte bearbeiten</translation>
    </message>
    <message>
        <source>type input</source>
        <translation>Eingabe tippen</translation>
    </message>
    <message>
        <source>set input</source>
        <translation>Eingabe setzen</translation>
    </message>
    <message>
        <source>remove input step</source>
        <translation>Eingabeschritt entfernen</translation>
    </message>
    <message>
        <source>set target</source>
        <translation>Ziel setzen</translation>
    </message>
    <message>
        <source>reset targets</source>
        <translation>Ziele zurücksetzen</translation>
    </message>
    <message>
        <source>new model for training</source>
        <translation>neues Modell für das Training</translation>
    </message>
    <message>
        <source>scrub training history</source>
        <translation>Trainingsverlauf durchsuchen</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>train on {task}</source>
        <translation>Training mit {task}</translation>
    </message>
    <message>
        <source>“{label}” no longer fits the model, so the undo history was cleared</source>
        <translation>„{label}“ passt nicht mehr zum Modell, daher wurde der Rückgängig-Verlauf geleert</translation>
    </message>
</context>
<context>
    <name>UnrolledView</name>
    <message>
        <source>predicted</source>
        <extracomment>Up to this many tokens every p_t[k] gets a bar, in vocabulary order; beyond it the bars show the RANKED most probable tokens of each step (the target among them), each labelled with its token. A cell&apos;s ⚠ mark stands this far above its box (and hovering it explains the warning). The softmax tooltip lists this many of the likeliest tokens. The same colours packed as 0xAARRGGBB, so that an image is one lookup (docs/performance.md).</extracomment>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <source>{shown} likeliest of {count}</source>
        <translation>die {shown} wahrscheinlichsten von {count}</translation>
    </message>
    <message>
        <source>layer {layer}</source>
        <translation>Schicht {layer}</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>xₜ (input)</source>
        <translation>xₜ (Eingabe)</translation>
    </message>
    <message>
        <source>Type an input sequence to unroll the network over it.</source>
        <extracomment>step -&gt; (predicted, target, the tokens with bars, input) as the column was last filled</extracomment>
        <translation>Geben Sie eine Eingabefolge ein, um das Netz darüber zu entfalten.</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>target {token}</source>
        <translation>Ziel {token}</translation>
    </message>
    <message>
        <source>t = {t}: predicted {token} (p = {p}), {verdict}</source>
        <translation>t = {t}: vorhergesagt {token} (p = {p}), {verdict}</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>{right} of {total} targets predicted.</source>
        <translation>{right} von {total} Zielen vorhergesagt.</translation>
    </message>
    <message>
        <source>Each cell shows h (top) and c (bottom) as colours, one stripe per unit (&lt;span style=&apos;color:{blue}&apos;&gt;blue&lt;/span&gt; −1 … grey 0 … &lt;span style=&apos;color:{yellow}&apos;&gt;yellow&lt;/span&gt; +1); click a column to make it the current step.</source>
        <translation>Jede Zelle zeigt h (oben) und c (unten) als Farben, ein Streifen pro Einheit (&lt;span style=&apos;color:{blue}&apos;&gt;blau&lt;/span&gt; −1 … grau 0 … &lt;span style=&apos;color:{yellow}&apos;&gt;gelb&lt;/span&gt; +1); klicken Sie auf eine Spalte, um sie zum aktuellen Schritt zu machen.</translation>
    </message>
    <message>
        <source>Each cell shows h as colours, one stripe per unit (&lt;span style=&apos;color:{blue}&apos;&gt;blue&lt;/span&gt; −1 … grey 0 … &lt;span style=&apos;color:{yellow}&apos;&gt;yellow&lt;/span&gt; +1); click a column to make it the current step.</source>
        <translation>Jede Zelle zeigt h als Farben, ein Streifen pro Einheit (&lt;span style=&apos;color:{blue}&apos;&gt;blau&lt;/span&gt; −1 … grau 0 … &lt;span style=&apos;color:{yellow}&apos;&gt;gelb&lt;/span&gt; +1); klicken Sie auf eine Spalte, um sie zum aktuellen Schritt zu machen.</translation>
    </message>
    <message>
        <source>layer {layer} backward, t = {t}</source>
        <translation>Schicht {layer} rückwärts, t = {t}</translation>
    </message>
    <message>
        <source>layer {layer}, t = {t}</source>
        <translation>Schicht {layer}, t = {t}</translation>
    </message>
</context>
<context>
    <name>WarningStrip</name>
    <message numerus="yes">
        <source>… and %n more (hover to read them all)</source>
        <translation>
            <numerusform>… und %n weitere (zum Lesen aller darauf zeigen)</numerusform>
            <numerusform>… und %n weitere (zum Lesen aller darauf zeigen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>row {row}, column {column}</source>
        <extracomment>The slider&apos;s positions are C ints: its range stops at ±10 million, whatever the weight (a typed 1.07e7 overflowed it, and the edit was lost). Larger weights are typed; the slider then shows its end.</extracomment>
        <translation>Zeile {row}, Spalte {column}</translation>
    </message>
    <message>
        <source>the current input x_t is one-hot: only this column acts at this step</source>
        <translation>die aktuelle Eingabe x_t ist One-Hot: nur diese Spalte wirkt in diesem Schritt</translation>
    </message>
    <message>
        <source>set {entry}</source>
        <translation>{entry} setzen</translation>
    </message>
    <message>
        <source>Which parameter to show; the last entries stack or concatenate the gate matrices into one, the concatenated form W·[hₜ₋₁, xₜ]</source>
        <translation>Welcher Parameter gezeigt wird; die letzten Einträge stapeln oder verketten die Gate-Matrizen zu einer, die verkettete Form W·[hₜ₋₁, xₜ]</translation>
    </message>
    <message>
        <source>select an entry</source>
        <translation>einen Eintrag auswählen</translation>
    </message>
    <message>
        <source>Drag to change the selected weight; every view follows live. One drag is one undo step.</source>
        <translation>Ziehen ändert das ausgewählte Gewicht; jede Ansicht folgt sofort. Ein Ziehen ist ein Rückgängig-Schritt.</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Null</translation>
    </message>
    <message>
        <source>Set every entry of this table to 0</source>
        <translation>Alle Einträge dieser Tabelle auf 0 setzen</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Einheitsmatrix</translation>
    </message>
    <message>
        <source>Ones on the diagonal of each square matrix, zeros elsewhere</source>
        <translation>Einsen auf der Diagonale jeder quadratischen Matrix, sonst Nullen</translation>
    </message>
    <message>
        <source>Randomise</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <source>Draw every entry from U(−1/√H, 1/√H), like a fresh model</source>
        <translation>Jeden Eintrag aus U(−1/√H, 1/√H) ziehen, wie bei einem frischen Modell</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the values of the file or preset as opened or last saved</source>
        <translation>Zurück zu den Werten der Datei oder Vorlage, wie geöffnet oder zuletzt gespeichert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy this table as CSV</source>
        <translation>Diese Tabelle als CSV kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Paste a matrix of the same shape into this table: CSV, Matlab&apos;s [1 2; 3 4] or NumPy&apos;s [[1, 2], [3, 4]]</source>
        <translation>Eine Matrix derselben Form in diese Tabelle einfügen: CSV, Matlabs [1 2; 3 4] oder NumPys [[1, 2], [3, 4]]</translation>
    </message>
    <message>
        <source>copied {rows} × {columns} values as CSV</source>
        <translation>{rows} × {columns} Werte als CSV kopiert</translation>
    </message>
    <message>
        <source>paste into {table}</source>
        <translation>in {table} einfügen</translation>
    </message>
    <message>
        <source>pasted {rows} × {columns} values into {table}</source>
        <translation>{rows} × {columns} Werte in {table} eingefügt</translation>
    </message>
    <message>
        <source>reset: this table did not exist in the file as opened</source>
        <translation>Zurück: Diese Tabelle gab es in der geöffneten Datei nicht</translation>
    </message>
    <message>
        <source>zero {table}</source>
        <translation>{table} auf null setzen</translation>
    </message>
    <message>
        <source>identity {table}</source>
        <translation>{table} als Einheitsmatrix</translation>
    </message>
    <message>
        <source>randomise {table}</source>
        <translation>{table} zufällig</translation>
    </message>
    <message>
        <source>reset {table}</source>
        <translation>{table} zurücksetzen</translation>
    </message>
    <message>
        <source>{entry} (0-based), exact value {value}</source>
        <translation>{entry} (ab 0 gezählt), genauer Wert {value}</translation>
    </message>
    <message>
        <source>drag {entry}</source>
        <translation>{entry} ziehen</translation>
    </message>
    <message>
        <source>nudge {entry}</source>
        <translation>{entry} verschieben</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>done ✓</source>
        <translation>erledigt ✓</translation>
    </message>
    <message>
        <source>at step {step}</source>
        <translation>bei Schritt {step}</translation>
    </message>
    <message>
        <source>Welcome to LSTM Studio</source>
        <translation>Willkommen bei LSTM Studio</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>Lessons (*.json);;All files (*)</source>
        <translation>Lektionen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to LSTM Studio&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei LSTM Studio&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Watch recurrent cells work, change any weight and see every gate follow. Where would you like to start?</source>
        <translation>Sehen Sie rekurrenten Zellen bei der Arbeit zu, ändern Sie jedes Gewicht und sehen Sie jedes Gate folgen. Wo möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>{lessons} lessons and {challenges} challenges, from one-hot inputs to long-range memory. The app checks what you build.</source>
        <translation>{lessons} Lektionen und {challenges} Herausforderungen, von One-hot-Eingaben bis zum Langzeitgedächtnis. Die App prüft, was Sie bauen.</translation>
    </message>
    <message>
        <source>Open a lesson file.</source>
        <translation>Öffnen Sie eine Lektionsdatei.</translation>
    </message>
    <message>
        <source>Take the course</source>
        <translation>Den Kurs machen</translation>
    </message>
    <message>
        <source>Tour the window (a minute)</source>
        <translation>Rundgang durch das Fenster (eine Minute)</translation>
    </message>
    <message>
        <source>Which panel shows what, one panel at a time.</source>
        <translation>Welches Panel was zeigt, ein Panel nach dem anderen.</translation>
    </message>
    <message>
        <source>Go to the studio</source>
        <translation>Zum Studio</translation>
    </message>
    <message>
        <source>Everything at once, no guide. Help ▸ Lessons brings this card back.</source>
        <translation>Alles auf einmal, ohne Führung. Hilfe ▸ Lektionen bringt diese Karte zurück.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The course&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Der Kurs&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Herausforderungen</translation>
    </message>
    <message>
        <source>The built-in course is not installed here; open a lesson file instead.</source>
        <translation>Der eingebaute Kurs ist hier nicht installiert; öffnen Sie stattdessen eine Lektionsdatei.</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Open a lesson file…</source>
        <translation>Lektionsdatei öffnen…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>WorksheetDialog</name>
    <message>
        <source>Forward</source>
        <extracomment>The names of the question types and difficulties, translated where they are shown.</extracomment>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <source>Conceptual</source>
        <translation>Konzeptionell</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Export cancelled; the folder is as it was before.</source>
        <translation>Export abgebrochen; der Ordner ist wie zuvor.</translation>
    </message>
    <message>
        <source>cannot write: {error}</source>
        <translation>Schreiben nicht möglich: {error}</translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation>Arbeitsblätter</translation>
    </message>
    <message>
        <source>untitled model</source>
        <translation>unbenanntes Modell</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>{name} ({cell}, hidden {hidden})</source>
        <translation>{name} ({cell}, verborgen {hidden})</translation>
    </message>
    <message>
        <source>tokens, e.g. PIGS</source>
        <translation>Tokens, z. B. PIGS</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>One variant per student: each has its own weights and code</source>
        <translation>Eine Variante pro Studierendem: jede mit eigenen Gewichten und eigenem Code</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>The same seed gives the same worksheets</source>
        <translation>Derselbe Seed ergibt dieselben Arbeitsblätter</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Weights are rounded to this many decimals</source>
        <translation>Gewichte werden auf so viele Nachkommastellen gerundet</translation>
    </message>
    <message>
        <source>Weight decimals</source>
        <translation>Nachkommastellen der Gewichte</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <source>For marking</source>
        <translation>Zum Bewerten</translation>
    </message>
    <message>
        <source>Students&apos; codes check answers but never show solutions; the answer keys print a key code that does</source>
        <translation>Die Codes der Lernenden prüfen Antworten, zeigen aber nie Lösungen; die Lösungsblätter drucken einen Schlüsselcode, der sie zeigt</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Marking says which usual mistake a wrong answer looks like</source>
        <translation>Die Bewertung sagt, welchem typischen Fehler eine falsche Antwort gleicht</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>optional: a CSV of names (and ids)</source>
        <translation>optional: eine CSV mit Namen (und IDs)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>One PDF for the class</source>
        <translation>Eine PDF für die Klasse</translation>
    </message>
    <message>
        <source>Every sheet in one PDF, each padded to an even page count for double-sided printing</source>
        <translation>Alle Blätter in einer PDF, jedes auf eine gerade Seitenzahl aufgefüllt für beidseitigen Druck</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>The language of the sheets and keys: the same variants, numbers and codes in every language</source>
        <translation>Die Sprache der Blätter und Lösungen: in jeder Sprache dieselben Varianten, Zahlen und Codes</translation>
    </message>
    <message>
        <source>Sheet language</source>
        <translation>Sprache der Blätter</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>LSTM Studio worksheets</source>
        <translation>LSTM-Studio-Arbeitsblätter</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Variant </source>
        <translation>Variante </translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Lösungsblatt</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Seitenvorschau</translation>
    </message>
    <message>
        <source>Class roster</source>
        <translation>Teilnehmerliste der Klasse</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Folder for the worksheets</source>
        <translation>Ordner für die Arbeitsblätter</translation>
    </message>
    <message>
        <source>choose at least one question type</source>
        <translation>Wählen Sie mindestens eine Fragenart</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>choose at least one format</source>
        <translation>Wählen Sie mindestens ein Format</translation>
    </message>
    <message>
        <source>choose a folder</source>
        <translation>Wählen Sie einen Ordner</translation>
    </message>
    <message>
        <source>exporting…</source>
        <translation>wird exportiert…</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>wird abgebrochen…</translation>
    </message>
    <message>
        <source>Wrote {files} files for {variants} variants to {folder} in {seconds} s.</source>
        <translation>{files} Dateien für {variants} Varianten in {folder} geschrieben, in {seconds} s.</translation>
    </message>
    <message>
        <source>export failed: {error}</source>
        <translation>Export fehlgeschlagen: {error}</translation>
    </message>
</context>
</TS>
