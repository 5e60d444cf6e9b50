"""German (Deutsch): the worksheet's sentences by their English text (:mod:`lstm_studio.worksheets.i18n`).

Gates keep their English names as German lecture notes do (Forget-Gate, Input-Gate, Output-Gate,
Update-Gate, Reset-Gate); symbols and parameter names stay as they are.
"""

LABELS = {
    # the sheet and the key (worksheets.document)
    "Worksheet: the {cell}": "Arbeitsblatt: {cell}",
    "Answer key": "Lösungen",
    "{cell} · hidden size {H} · vocabulary {vocab} · variant {variant} · {difficulty}":
        "{cell} · verborgene Größe {H} · Vokabular {vocab} · Variante {variant} · {difficulty}",
    "The cell": "Die Zelle",
    "The weights (rounded to {d} decimals)": "Die Gewichte (gerundet auf {d} Nachkommastellen)",
    "The input": "Die Eingabe",
    "Questions": "Aufgaben",
    "Recurrent layer": "Rekurrente Schicht",
    "Output layer": "Ausgabeschicht",
    "none": "keines",
    " This sheet is marked: your code checks answers but shows no solutions.":
        " Dieses Blatt wird benotet: Ihr Code prüft Antworten, zeigt aber keine Lösungen.",
    "Answers are rounded to {ad} decimals; intermediate results carry {inter}. Marking accepts a numerical "
    "answer within the tolerance shown (a few units in the last decimal, for rounding on the way).":
        "Die Antworten sind auf {ad} Nachkommastellen gerundet, Zwischenergebnisse auf {inter}. Eine "
        "numerische Antwort gilt als richtig innerhalb der angegebenen Toleranz (einige Einheiten der letzten "
        "Stelle, für Rundungen unterwegs).",
    " Students type {code}; this key's code, which opens the worked solutions, is {key}.":
        " Die Studierenden geben {code} ein; der Code dieser Lösungen, der die Lösungswege öffnet, ist {key}.",
    "Variant code": "Variantencode",
    "Name": "Name",
    "Date": "Datum",
    "Given": "Gegeben",
    "Answer": "Antwort",
    "The input sequence ": "Die Eingabefolge ",
    " is {tokens}. Each ": " ist {tokens}. Jedes ",
    " is the one-hot vector of its token over the vocabulary ({vocab}), so ":
        " ist der One-hot-Vektor seines Tokens über dem Vokabular ({vocab}), also ist ",
    " is the column of ": " die Spalte von ",
    " labelled with that token. The state starts at ":
        ", die mit diesem Token beschriftet ist. Der Zustand beginnt bei ",
    ".": ".",
    "Loss: ": "Verlust: ",
    ", the cross-entropy of the next token: the targets ": ", die Kreuzentropie des nächsten Tokens: die Ziele ",
    " are {targets} (the last step has no target). ": " sind {targets} (der letzte Schritt hat kein Ziel). ",
    " is 1 when ": " ist 1 für ",
    " and 0 otherwise.": " und sonst 0.",
    "Give every numerical answer to {ad} decimal places, and carry at least {inter} decimals in the results on "
    "the way. Entries count from 1: ":
        "Geben Sie jede numerische Antwort mit {ad} Nachkommastellen an und rechnen Sie in Zwischenergebnissen "
        "mit mindestens {inter} Stellen. Einträge zählen ab 1: ",
    " is unit ": " ist Einheit ",
    " of ": " von ",
    ", ": ", ",
    " is row ": " ist Zeile ",
    ", column ": ", Spalte ",
    ". Values given in a question are rounded as printed; use them as they are.":
        ". In einer Aufgabe gegebene Werte sind wie abgedruckt gerundet; verwenden Sie sie so, wie sie sind.",
    "exact": "exakt",
    "easy": "leicht",
    "medium": "mittel",
    "hard": "schwer",
    # the renderers' own words
    "LSTM Studio · variant code {code} · type the code into LSTM Studio's “Check my answers” to check your "
    "answers.":
        "LSTM Studio · Variantencode {code} · Geben Sie den Code in LSTM Studio unter „Antworten prüfen“ ein, "
        "um Ihre Antworten zu prüfen.",
    "Worksheet {code}": "Arbeitsblatt {code}",
    "Answer key {code}": "Lösungen {code}",
    "Worked solution:": "Lösungsweg:",
    "LSTM Studio \\textperiodcentered{{}} variant code \\texttt{{{code}}} \\hfill page \\thepage":
        "LSTM Studio \\textperiodcentered{{}} Variantencode \\texttt{{{code}}} \\hfill Seite \\thepage",
    "Variant code {code}": "Variantencode {code}",
    "Page {n} of {total}": "Seite {n} von {total}",
    "LSTM Studio · Worksheet": "LSTM Studio · Arbeitsblatt",
    "LSTM Studio · Answer key": "LSTM Studio · Lösungen",
    # Moodle and Canvas items (worksheets.lms)
    "Worksheet variant {variant} · code {code}": "Arbeitsblatt Variante {variant} · Code {code}",
    " · {name}": " · {name}",
    "Right.": "Richtig.",
    "The data of your variant, as on your printed sheet:": "Die Daten Ihrer Variante, wie auf Ihrem gedruckten Blatt:",
    "{code} data": "{code} Daten",
    "The weights and the input are on your printed sheet and in the item “{code} data”.":
        "Die Gewichte und die Eingabe stehen auf Ihrem gedruckten Blatt und im Element „{code} Daten“.",
    "Step {t} of the forward pass (input x_{t} = {token}), from the zero state through the steps before; carry "
    "at least {inter} decimals. Give every value to {ad} decimals.":
        "Schritt {t} des Vorwärtsdurchlaufs (Eingabe x_{t} = {token}), vom Nullzustand aus durch die Schritte "
        "davor; rechnen Sie mit mindestens {inter} Nachkommastellen. Geben Sie jeden Wert mit {ad} "
        "Nachkommastellen an.",
    " (given in another question, not asked here)": " (in einer anderen Aufgabe gegeben, hier nicht gefragt)",
    "{code} step {t}": "{code} Schritt {t}",
    "{code} Q{n}": "{code} A{n}",
    # cells and gates
    "Elman RNN (tanh)": "Elman-RNN (tanh)",
    "Elman RNN (relu)": "Elman-RNN (relu)",
    "Elman RNN": "Elman-RNN",
    "LSTM": "LSTM",
    "Peephole LSTM (diagonal peepholes)": "Peephole-LSTM (diagonale Peepholes)",
    "Peephole LSTM (full peepholes)": "Peephole-LSTM (volle Peepholes)",
    "Peephole LSTM": "Peephole-LSTM",
    "GRU (reset before Uₕ, Cho 2014; z takes the new state)":
        "GRU (Reset vor Uₕ, Cho 2014; z übernimmt den neuen Zustand)",
    "GRU (reset before Uₕ, Cho 2014; z keeps the old state)":
        "GRU (Reset vor Uₕ, Cho 2014; z behält den alten Zustand)",
    "GRU (reset after Uₕ, PyTorch; z takes the new state)":
        "GRU (Reset nach Uₕ, PyTorch; z übernimmt den neuen Zustand)",
    "GRU (reset after Uₕ, PyTorch; z keeps the old state)":
        "GRU (Reset nach Uₕ, PyTorch; z behält den alten Zustand)",
    "GRU (no reset gate, simplified; z takes the new state)":
        "GRU (ohne Reset-Gate, vereinfacht; z übernimmt den neuen Zustand)",
    "GRU (no reset gate, simplified; z keeps the old state)":
        "GRU (ohne Reset-Gate, vereinfacht; z behält den alten Zustand)",
    "GRU": "GRU",
    "Forget gate": "Forget-Gate",
    "Input gate": "Input-Gate",
    "Candidate": "Kandidat",
    "Output gate": "Output-Gate",
    "Update gate": "Update-Gate",
    "Reset gate": "Reset-Gate",
    "Candidate state": "Kandidatenzustand",
}

SENTENCES = {
    # forward questions
    "Compute {0}, the hidden state of unit {1} at step {2} (input {3}).":
        "Berechnen Sie {0}, den verborgenen Zustand von Einheit {1} in Schritt {2} (Eingabe {3}).",
    "Compute {0}, the cell state of unit {1} at step {2} (input {3}).":
        "Berechnen Sie {0}, den Zellzustand von Einheit {1} in Schritt {2} (Eingabe {3}).",
    "Compute {0}, the forget gate of unit {1} at step {2} (input {3}).":
        "Berechnen Sie {0}, das Forget-Gate von Einheit {1} in Schritt {2} (Eingabe {3}).",
    "Compute {0}, the input gate of unit {1} at step {2} (input {3}).":
        "Berechnen Sie {0}, das Input-Gate von Einheit {1} in Schritt {2} (Eingabe {3}).",
    "Compute {0}, the output gate of unit {1} at step {2} (input {3}).":
        "Berechnen Sie {0}, das Output-Gate von Einheit {1} in Schritt {2} (Eingabe {3}).",
    "Compute {0}, the update gate of unit {1} at step {2} (input {3}).":
        "Berechnen Sie {0}, das Update-Gate von Einheit {1} in Schritt {2} (Eingabe {3}).",
    "Compute {0}, the reset gate of unit {1} at step {2} (input {3}).":
        "Berechnen Sie {0}, das Reset-Gate von Einheit {1} in Schritt {2} (Eingabe {3}).",
    "Compute {0}, the candidate of unit {1} at step {2} (input {3}).":
        "Berechnen Sie {0}, den Kandidaten von Einheit {1} in Schritt {2} (Eingabe {3}).",
    "Compute {0}, the candidate state of unit {1} at step {2} (input {3}).":
        "Berechnen Sie {0}, den Kandidatenzustand von Einheit {1} in Schritt {2} (Eingabe {3}).",
    "Compute the output logit {0} (the entry of token {1}) after step {2} (input {3}).":
        "Berechnen Sie den Ausgabe-Logit {0} (den Eintrag von Token {1}) nach Schritt {2} (Eingabe {3}).",
    "Compute {0}, the softmax probability of token {1} after step {2} (input {3}).":
        "Berechnen Sie {0}, die Softmax-Wahrscheinlichkeit von Token {1} nach Schritt {2} (Eingabe {3}).",
    "Which token does the model predict after step {0} (input {1}) (the token with the largest probability)?":
        "Welches Token sagt das Modell nach Schritt {0} (Eingabe {1}) vorher (das Token mit der größten "
        "Wahrscheinlichkeit)?",
    "Start from the zero state {0}.": "Beginnen Sie im Nullzustand {0}.",
    "Start from the zero state.": "Beginnen Sie im Nullzustand.",
    "Start from the state given below.": "Beginnen Sie im unten gegebenen Zustand.",
    "Run the cell from {0} through step {1}, carrying at least {2} decimals.":
        "Lassen Sie die Zelle von {0} aus durch Schritt {1} laufen und rechnen Sie mit mindestens {2} "
        "Nachkommastellen.",
    "Run the cell from {0} through steps {1} to {2}, carrying at least {3} decimals.":
        "Lassen Sie die Zelle von {0} aus durch die Schritte {1} bis {2} laufen und rechnen Sie mit mindestens "
        "{3} Nachkommastellen.",
    "Use the hidden state {0} given below.": "Verwenden Sie den unten gegebenen verborgenen Zustand {0}.",
    "Use the probabilities given below.": "Verwenden Sie die unten gegebenen Wahrscheinlichkeiten.",
    "Use the values given below.": "Verwenden Sie die unten gegebenen Werte.",
    # worked solutions of the forward pass
    "Hidden state, unit {0}": "Verborgener Zustand, Einheit {0}",
    "Cell state, unit {0}": "Zellzustand, Einheit {0}",
    "Forget gate, unit {0}": "Forget-Gate, Einheit {0}",
    "Input gate, unit {0}": "Input-Gate, Einheit {0}",
    "Output gate, unit {0}": "Output-Gate, Einheit {0}",
    "Update gate, unit {0}": "Update-Gate, Einheit {0}",
    "Reset gate, unit {0}": "Reset-Gate, Einheit {0}",
    "Candidate, unit {0}": "Kandidat, Einheit {0}",
    "Candidate state, unit {0}": "Kandidatenzustand, Einheit {0}",
    "The term the reset gate scales, {0}, unit {1}": "Der Term, den das Reset-Gate skaliert, {0}, Einheit {1}",
    "Hidden state, unit {0}; the recurrent terms vanish because {1}":
        "Verborgener Zustand, Einheit {0}; die rekurrenten Terme entfallen, weil {1}",
    "Forget gate, unit {0}; the recurrent terms vanish because {1}":
        "Forget-Gate, Einheit {0}; die rekurrenten Terme entfallen, weil {1}",
    "Input gate, unit {0}; the recurrent terms vanish because {1}":
        "Input-Gate, Einheit {0}; die rekurrenten Terme entfallen, weil {1}",
    "Output gate, unit {0}; the recurrent terms vanish because {1}":
        "Output-Gate, Einheit {0}; die rekurrenten Terme entfallen, weil {1}",
    "Update gate, unit {0}; the recurrent terms vanish because {1}":
        "Update-Gate, Einheit {0}; die rekurrenten Terme entfallen, weil {1}",
    "Reset gate, unit {0}; the recurrent terms vanish because {1}":
        "Reset-Gate, Einheit {0}; die rekurrenten Terme entfallen, weil {1}",
    "Candidate, unit {0}; the recurrent terms vanish because {1}":
        "Kandidat, Einheit {0}; die rekurrenten Terme entfallen, weil {1}",
    "Candidate state, unit {0}; the recurrent terms vanish because {1}":
        "Kandidatenzustand, Einheit {0}; die rekurrenten Terme entfallen, weil {1}",
    "Step {0}: Hidden state, unit {1}": "Schritt {0}: verborgener Zustand, Einheit {1}",
    "Step {0}: Cell state, unit {1}": "Schritt {0}: Zellzustand, Einheit {1}",
    "Step {0}: Forget gate, unit {1}": "Schritt {0}: Forget-Gate, Einheit {1}",
    "Step {0}: Input gate, unit {1}": "Schritt {0}: Input-Gate, Einheit {1}",
    "Step {0}: Output gate, unit {1}": "Schritt {0}: Output-Gate, Einheit {1}",
    "Step {0}: Update gate, unit {1}": "Schritt {0}: Update-Gate, Einheit {1}",
    "Step {0}: Reset gate, unit {1}": "Schritt {0}: Reset-Gate, Einheit {1}",
    "Step {0}: Candidate, unit {1}": "Schritt {0}: Kandidat, Einheit {1}",
    "Step {0}: Candidate state, unit {1}": "Schritt {0}: Kandidatenzustand, Einheit {1}",
    "Step {0}: The term the reset gate scales, {1}, unit {2}":
        "Schritt {0}: der Term, den das Reset-Gate skaliert, {1}, Einheit {2}",
    "Step {0}: Hidden state, unit {1}; the recurrent terms vanish because {2}":
        "Schritt {0}: verborgener Zustand, Einheit {1}; die rekurrenten Terme entfallen, weil {2}",
    "Step {0}: Forget gate, unit {1}; the recurrent terms vanish because {2}":
        "Schritt {0}: Forget-Gate, Einheit {1}; die rekurrenten Terme entfallen, weil {2}",
    "Step {0}: Input gate, unit {1}; the recurrent terms vanish because {2}":
        "Schritt {0}: Input-Gate, Einheit {1}; die rekurrenten Terme entfallen, weil {2}",
    "Step {0}: Output gate, unit {1}; the recurrent terms vanish because {2}":
        "Schritt {0}: Output-Gate, Einheit {1}; die rekurrenten Terme entfallen, weil {2}",
    "Step {0}: Update gate, unit {1}; the recurrent terms vanish because {2}":
        "Schritt {0}: Update-Gate, Einheit {1}; die rekurrenten Terme entfallen, weil {2}",
    "Step {0}: Reset gate, unit {1}; the recurrent terms vanish because {2}":
        "Schritt {0}: Reset-Gate, Einheit {1}; die rekurrenten Terme entfallen, weil {2}",
    "Step {0}: Candidate, unit {1}; the recurrent terms vanish because {2}":
        "Schritt {0}: Kandidat, Einheit {1}; die rekurrenten Terme entfallen, weil {2}",
    "Step {0}: Candidate state, unit {1}; the recurrent terms vanish because {2}":
        "Schritt {0}: Kandidatenzustand, Einheit {1}; die rekurrenten Terme entfallen, weil {2}",
    "Output logit of {0}": "Ausgabe-Logit von {0}",
    "The exponentials of the logits": "Die Exponentialwerte der Logits",
    "Their sum": "Ihre Summe",
    "Softmax probability of {0}": "Softmax-Wahrscheinlichkeit von {0}",
    "Probabilities: each exponential divided by the sum": "Wahrscheinlichkeiten: jeder Exponentialwert durch die Summe",
    "The largest probability": "Die größte Wahrscheinlichkeit",
    # backward questions
    "Compute {0}, the gradient of the loss with respect to the output logit of token {1} at step {2} (input {3}).":
        "Berechnen Sie {0}, den Gradienten des Verlusts nach dem Ausgabe-Logit von Token {1} in Schritt {2} "
        "(Eingabe {3}).",
    "Compute {0} at step {1} (input {2}), the last step with a target.":
        "Berechnen Sie {0} in Schritt {1} (Eingabe {2}), dem letzten Schritt mit einem Ziel.",
    "Compute {0}, the gradient of the loss with respect to the output bias of token {1}.":
        "Berechnen Sie {0}, den Gradienten des Verlusts nach dem Ausgabe-Bias von Token {1}.",
    "Compute the derivative {0} of the cell state with respect to the previous cell state, holding {1} and the "
    "input fixed, for unit {2} at step {3} (input {4}).":
        "Berechnen Sie die Ableitung {0} des Zellzustands nach dem vorigen Zellzustand bei festem {1} und fester "
        "Eingabe, für Einheit {2} in Schritt {3} (Eingabe {4}).",
    "Compute the derivative {0} of the hidden state with respect to the previous hidden state (the diagonal entry "
    "of the step's Jacobian), for unit {1} at step {2} (input {3}).":
        "Berechnen Sie die Ableitung {0} des verborgenen Zustands nach dem vorigen verborgenen Zustand (den "
        "Diagonaleintrag der Jacobi-Matrix des Schritts), für Einheit {1} in Schritt {2} (Eingabe {3}).",
    "Compute the local derivative {0} of step {1} (input {2}), with {3} held fixed.":
        "Berechnen Sie die lokale Ableitung {0} von Schritt {1} (Eingabe {2}) bei festem {3}.",
    "Compute the local derivative {0} of step {1} (input {2}), with {3} as given below held fixed.":
        "Berechnen Sie die lokale Ableitung {0} von Schritt {1} (Eingabe {2}), wobei {3} wie unten gegeben "
        "festgehalten wird.",
    "Compute the local derivative {0} of step {1} (input {2}), with {3} and {4} as given below held fixed.":
        "Berechnen Sie die lokale Ableitung {0} von Schritt {1} (Eingabe {2}), wobei {3} und {4} wie unten "
        "gegeben festgehalten werden.",
    "The loss is {0}, the targets {1} are the next input tokens.":
        "Der Verlust ist {0}, die Ziele {1} sind die jeweils nächsten Eingabetokens.",
    "Softmax with cross-entropy: the gradient is the probability minus the one-hot target ({0}, token {1})":
        "Softmax mit Kreuzentropie: Der Gradient ist die Wahrscheinlichkeit minus das One-hot-Ziel ({0}, "
        "Token {1})",
    "Back through the output layer {0}; no later step has a target, so nothing arrives from step {1}":
        "Zurück durch die Ausgabeschicht {0}; kein späterer Schritt hat ein Ziel, also kommt nichts von "
        "Schritt {1}",
    "Through {0}; no later step has a target, so {1}":
        "Über {0}; kein späterer Schritt hat ein Ziel, also {1}",
    "Through {0}; no later step has a target, so {1}; the peephole {2} adds the path through the output gate":
        "Über {0}; kein späterer Schritt hat ein Ziel, also {1}; das Peephole {2} fügt den Pfad über das "
        "Output-Gate hinzu",
    "The bias is shared by every step: add the gradients {0} of the steps with a target":
        "Der Bias ist allen Schritten gemeinsam: Addieren Sie die Gradienten {0} der Schritte mit einem Ziel",
    "The cell state's own path, the constant error carousel.":
        "Der eigene Pfad des Zellzustands, das Constant Error Carousel.",
    "One factor of the product that carries gradients back through time.":
        "Ein Faktor des Produkts, das Gradienten rückwärts durch die Zeit trägt.",
    "The chain rule through the step's gates.": "Die Kettenregel über die Gates des Schritts.",
    "The chain rule through the step's pre-activation {0}.":
        "Die Kettenregel über die Präaktivierung {0} des Schritts.",
    "Along the cell state alone (the constant error carousel), {0}.":
        "Allein entlang des Zellzustands (das Constant Error Carousel) gilt {0}.",
    "Derived with sympy; in the formula {0} is entry {1} of {2} and {3} is {4}; the unit is {5}, the column {6}":
        "Mit sympy hergeleitet; in der Formel ist {0} der Eintrag {1} von {2} und {3} ist {4}; die Einheit ist "
        "{5}, die Spalte {6}",
    # conceptual questions
    "How many trainable parameters ({0}) does this Elman RNN cell have, with {1} hidden units and {2} input "
    "tokens?":
        "Wie viele trainierbare Parameter ({0}) hat diese Elman-RNN-Zelle mit {1} verborgenen Einheiten und "
        "{2} Eingabetokens?",
    "How many trainable parameters ({0}) does this LSTM cell have, with {1} hidden units and {2} input tokens?":
        "Wie viele trainierbare Parameter ({0}) hat diese LSTM-Zelle mit {1} verborgenen Einheiten und {2} "
        "Eingabetokens?",
    "How many trainable parameters ({0}) does this peephole LSTM cell have, with {1} hidden units and {2} input "
    "tokens?":
        "Wie viele trainierbare Parameter ({0}) hat diese Peephole-LSTM-Zelle mit {1} verborgenen Einheiten und "
        "{2} Eingabetokens?",
    "How many trainable parameters ({0}) does this GRU cell have, with {1} hidden units and {2} input tokens?":
        "Wie viele trainierbare Parameter ({0}) hat diese GRU-Zelle mit {1} verborgenen Einheiten und {2} "
        "Eingabetokens?",
    "How many trainable parameters ({0}) would this Elman RNN cell have with {1} hidden units instead of {2}, "
    "over the same {3}-token vocabulary?":
        "Wie viele trainierbare Parameter ({0}) hätte diese Elman-RNN-Zelle mit {1} statt {2} verborgenen "
        "Einheiten, über demselben Vokabular aus {3} Tokens?",
    "How many trainable parameters ({0}) would this LSTM cell have with {1} hidden units instead of {2}, over the "
    "same {3}-token vocabulary?":
        "Wie viele trainierbare Parameter ({0}) hätte diese LSTM-Zelle mit {1} statt {2} verborgenen Einheiten, "
        "über demselben Vokabular aus {3} Tokens?",
    "How many trainable parameters ({0}) would this peephole LSTM cell have with {1} hidden units instead of {2}, "
    "over the same {3}-token vocabulary?":
        "Wie viele trainierbare Parameter ({0}) hätte diese Peephole-LSTM-Zelle mit {1} statt {2} verborgenen "
        "Einheiten, über demselben Vokabular aus {3} Tokens?",
    "How many trainable parameters ({0}) would this GRU cell have with {1} hidden units instead of {2}, over the "
    "same {3}-token vocabulary?":
        "Wie viele trainierbare Parameter ({0}) hätte diese GRU-Zelle mit {1} statt {2} verborgenen Einheiten, "
        "über demselben Vokabular aus {3} Tokens?",
    "How many trainable parameters does the whole model have: the Elman RNN cell ({0}) and the output layer ({1})?":
        "Wie viele trainierbare Parameter hat das ganze Modell: die Elman-RNN-Zelle ({0}) und die Ausgabeschicht "
        "({1})?",
    "How many trainable parameters does the whole model have: the LSTM cell ({0}) and the output layer ({1})?":
        "Wie viele trainierbare Parameter hat das ganze Modell: die LSTM-Zelle ({0}) und die Ausgabeschicht ({1})?",
    "How many trainable parameters does the whole model have: the peephole LSTM cell ({0}) and the output layer "
    "({1})?":
        "Wie viele trainierbare Parameter hat das ganze Modell: die Peephole-LSTM-Zelle ({0}) und die "
        "Ausgabeschicht ({1})?",
    "How many trainable parameters does the whole model have: the GRU cell ({0}) and the output layer ({1})?":
        "Wie viele trainierbare Parameter hat das ganze Modell: die GRU-Zelle ({0}) und die Ausgabeschicht ({1})?",
    "Count the entries of every matrix and bias of the cell":
        "Zählen Sie die Einträge jeder Matrix und jedes Bias der Zelle",
    "The cell: every matrix and bias": "Die Zelle: jede Matrix und jeder Bias",
    "The output layer {0}": "Die Ausgabeschicht {0}",
    "Together": "Zusammen",
    "What does the forget gate {0} do in this cell?": "Was bewirkt das Forget-Gate {0} in dieser Zelle?",
    "What does the input gate {0} do in this cell?": "Was bewirkt das Input-Gate {0} in dieser Zelle?",
    "What does the output gate {0} do in this cell?": "Was bewirkt das Output-Gate {0} in dieser Zelle?",
    "What does the update gate {0} do in this cell?": "Was bewirkt das Update-Gate {0} in dieser Zelle?",
    "What does the reset gate {0} do in this cell?": "Was bewirkt das Reset-Gate {0} in dieser Zelle?",
    "What does the candidate {0} do in this cell?": "Was bewirkt der Kandidat {0} in dieser Zelle?",
    "What does the matrix {0} do in this cell?": "Was bewirkt die Matrix {0} in dieser Zelle?",
    "What does the bias {0} do in this cell?": "Was bewirkt der Bias {0} in dieser Zelle?",
    "Choose one.": "Wählen Sie eine Antwort.",
    "carries the previous hidden state into the new one": "trägt den vorigen verborgenen Zustand in den neuen",
    "decides how much of the candidate {0} replaces the old state":
        "entscheidet, wie viel vom Kandidaten {0} den alten Zustand ersetzt",
    "decides how much of the old state {0} is kept": "entscheidet, wie viel vom alten Zustand {0} erhalten bleibt",
    "decides how much of {0} the candidate gets to see": "entscheidet, wie viel von {0} der Kandidat zu sehen bekommt",
    "maps the hidden state to the output logits": "bildet den verborgenen Zustand auf die Ausgabe-Logits ab",
    "proposes new content for the cell state, with values in (−{0}, {1})":
        "schlägt neuen Inhalt für den Zellzustand vor, mit Werten in (−{0}; {1})",
    "proposes new content for the hidden state, with values in (−{0}, {1})":
        "schlägt neuen Inhalt für den verborgenen Zustand vor, mit Werten in (−{0}; {1})",
    "reads the current input token into the new state": "liest das aktuelle Eingabetoken in den neuen Zustand ein",
    "scales how much of the candidate {0} is written into the cell state":
        "skaliert, wie viel vom Kandidaten {0} in den Zellzustand geschrieben wird",
    "scales how much of the previous cell state {0} is kept":
        "skaliert, wie viel vom vorigen Zellzustand {0} erhalten bleibt",
    "scales how much of {0} is exposed as the hidden state {1}":
        "skaliert, wie viel von {0} als verborgener Zustand {1} nach außen gegeben wird",
    "shifts the pre-activation of every hidden unit": "verschiebt die Präaktivierung jeder verborgenen Einheit",
    "turns the output logits into probabilities of the next token":
        "macht aus den Ausgabe-Logits Wahrscheinlichkeiten des nächsten Tokens",
    "The answer is (A).": "Die Antwort ist (A).",
    "The answer is (B).": "Die Antwort ist (B).",
    "The answer is (C).": "Die Antwort ist (C).",
    "The answer is (D).": "Die Antwort ist (D).",
    "The forget gate {0} scales how much of the previous cell state {1} is kept.":
        "Das Forget-Gate {0} skaliert, wie viel vom vorigen Zellzustand {1} erhalten bleibt.",
    "The input gate {0} scales how much of the candidate {1} is written into the cell state.":
        "Das Input-Gate {0} skaliert, wie viel vom Kandidaten {1} in den Zellzustand geschrieben wird.",
    "The output gate {0} scales how much of {1} is exposed as the hidden state {2}.":
        "Das Output-Gate {0} skaliert, wie viel von {1} als verborgener Zustand {2} nach außen gegeben wird.",
    "The update gate {0} decides how much of the candidate {1} replaces the old state.":
        "Das Update-Gate {0} entscheidet, wie viel vom Kandidaten {1} den alten Zustand ersetzt.",
    "The update gate {0} decides how much of the old state {1} is kept.":
        "Das Update-Gate {0} entscheidet, wie viel vom alten Zustand {1} erhalten bleibt.",
    "The reset gate {0} decides how much of {1} the candidate gets to see.":
        "Das Reset-Gate {0} entscheidet, wie viel von {1} der Kandidat zu sehen bekommt.",
    "The candidate {0} proposes new content for the cell state, with values in (−{1}, {2}).":
        "Der Kandidat {0} schlägt neuen Inhalt für den Zellzustand vor, mit Werten in (−{1}; {2}).",
    "The candidate {0} proposes new content for the hidden state, with values in (−{1}, {2}).":
        "Der Kandidat {0} schlägt neuen Inhalt für den verborgenen Zustand vor, mit Werten in (−{1}; {2}).",
    "The matrix {0} carries the previous hidden state into the new one.":
        "Die Matrix {0} trägt den vorigen verborgenen Zustand in den neuen.",
    "The matrix {0} reads the current input token into the new state.":
        "Die Matrix {0} liest das aktuelle Eingabetoken in den neuen Zustand ein.",
    "The bias {0} shifts the pre-activation of every hidden unit.":
        "Der Bias {0} verschiebt die Präaktivierung jeder verborgenen Einheit.",
    "Textbooks disagree on which term the update gate weighs.":
        "Lehrbücher sind uneins, welchen Term das Update-Gate gewichtet.",
    "This worksheet's GRU uses {0}.": "Die GRU dieses Arbeitsblatts verwendet {0}.",
    "In the other convention (Cho et al. {0} and PyTorch, where z keeps the old state), compute {1} for one unit "
    "with {2}.":
        "Berechnen Sie in der anderen Konvention (Cho et al. {0} und PyTorch, bei der z den alten Zustand "
        "behält) {1} für eine Einheit mit {2}.",
    "In the other convention (colah's blog and deeplearning.ai, where z takes the new state), compute {0} for one "
    "unit with {1}.":
        "Berechnen Sie in der anderen Konvention (colahs Blog und deeplearning.ai, bei der z den neuen Zustand "
        "übernimmt) {0} für eine Einheit mit {1}.",
    "The other convention swaps the roles of {0} and {1}":
        "Die andere Konvention vertauscht die Rollen von {0} und {1}",
    "If the forget gate is {0} at every step, by what factor is the gradient scaled after {1} steps, {2}?":
        "Wenn das Forget-Gate in jedem Schritt {0} ist, um welchen Faktor wird der Gradient nach {1} Schritten "
        "skaliert, {2}?",
    "Multiply the factor of every step": "Multiplizieren Sie die Faktoren aller Schritte",
    "A one-unit tanh RNN has {0} and its state stays near {1}.":
        "Ein tanh-RNN mit einer Einheit hat {0}, und sein Zustand bleibt in der Nähe von {1}.",
    "Each step multiplies the gradient by {0}.": "Jeder Schritt multipliziert den Gradienten mit {0}.",
    "By what factor is a gradient scaled over {0} steps?":
        "Um welchen Faktor wird ein Gradient über {0} Schritte skaliert?",
    "One step": "Ein Schritt",
    "{0} steps: the product vanishes when the factor is below {1} and explodes above it":
        "{0} Schritte: Das Produkt verschwindet, wenn der Faktor unter {1} liegt, und explodiert darüber",
}

MARKING = {
    # what marking says in Check my answers (worksheets.check.TEXT, worksheets.mistakes.MESSAGES)
    "no answer yet": "noch keine Antwort",
    "right": "richtig",
    "not right": "nicht richtig",
    "answer with one letter, A to {last}": "antworten Sie mit einem Buchstaben, A bis {last}",
    "not this one": "nicht diese",
    "{typed!r} is not a token of the vocabulary ({vocab})": "{typed!r} ist kein Token des Vokabulars ({vocab})",
    "not this token": "nicht dieses Token",
    "not a number": "keine Zahl",
    "not the right count": "nicht die richtige Anzahl",
    "not within ±{tol}": "nicht innerhalb ±{tol}",
    "right to {typed} decimals, but give {wanted} decimals":
        "richtig auf {typed} Nachkommastellen, aber geben Sie {wanted} Nachkommastellen an",
    "not right: it looks like {what}": "nicht richtig: es sieht so aus, als {what}",
    "σ was left out: the pre-activation was used as the gate value":
        "wäre σ weggelassen: die Voraktivierung wurde als Gate-Wert genommen",
    "tanh was used where the gate takes σ": "wäre tanh verwendet, wo das Gate σ nimmt",
    "σ was used where the candidate takes tanh": "wäre σ verwendet, wo der Kandidat tanh nimmt",
    "the activation was left out: the pre-activation was used as h_t":
        "wäre die Aktivierung weggelassen: die Voraktivierung wurde als h_t genommen",
    "tanh was left out: h_t = o_t ⊙ tanh(c_t), not o_t ⊙ c_t":
        "wäre tanh weggelassen: h_t = o_t ⊙ tanh(c_t), nicht o_t ⊙ c_t",
    "f and i are swapped (c_t = f_t c_(t-1) + i_t C̃_t)": "wären f und i vertauscht (c_t = f_t c_(t-1) + i_t C̃_t)",
    "PyTorch's gate order (i, f, g, o; r, z, n) was read as the slides' (f, i, C̃, o; z, r, h̃)":
        "wäre die Gate-Reihenfolge von PyTorch (i, f, g, o; r, z, n) als die der Folien (f, i, C̃, o; z, r, h̃) "
        "gelesen",
    "z and 1 − z are exchanged (that is the other GRU convention)":
        "wären z und 1 − z vertauscht (das ist die andere GRU-Konvention)",
    "h_t and h_(t-1) are mixed up: the state of the wrong step was used":
        "wären h_t und h_(t-1) verwechselt: der Zustand des falschen Schritts wurde verwendet",
    "the recurrent term was left out (as if h_(t-1) were 0)":
        "wäre der rekurrente Term weggelassen (als ob h_(t-1) gleich 0 wäre)",
    "the bias was left out": "wäre der Bias weggelassen",
    "σ(y) was used instead of the softmax over every logit": "wäre σ(y) statt der Softmax über alle Logits verwendet",
    "the softmax overflowed: subtract the largest logit before taking exponentials":
        "wäre die Softmax übergelaufen: ziehen Sie vor dem Exponenzieren den größten Logit ab",
    "that is the current input token; the model predicts the next one":
        "wäre es das aktuelle Eingabe-Token; das Modell sagt das nächste vorher",
    "the one-hot target was not subtracted: ∂L/∂y = p − onehot(k_t)":
        "wäre das One-hot-Ziel nicht abgezogen: ∂L/∂y = p − onehot(k_t)",
    "a row of W_hy was used; ∂L/∂h_t[k] takes column k":
        "wäre eine Zeile von W_hy verwendet; ∂L/∂h_t[k] nimmt Spalte k",
    "the factor 1 − tanh²(c_t) was left out": "wäre der Faktor 1 − tanh²(c_t) weggelassen",
    "only one step was counted; b_y is shared by every step with a target":
        "wäre nur ein Schritt gezählt; b_y teilen sich alle Schritte mit Ziel",
    "∂c_t/∂c_(t-1) is f_t, not 1": "wäre ∂c_t/∂c_(t-1) gleich 1 genommen; es ist f_t",
    "f·n was computed instead of fⁿ": "wäre f·n statt fⁿ berechnet",
    "the factor (1 − h²) of tanh's derivative was left out": "wäre der Faktor (1 − h²) der tanh-Ableitung weggelassen",
    "that is this worksheet's own convention; the question asks for the other one":
        "wäre es die eigene Konvention dieses Arbeitsblatts; die Aufgabe fragt nach der anderen",
    "the biases were not counted": "wären die Biases nicht gezählt",
    "only one gate was counted; every gate has its own W, U and b":
        "wäre nur ein Gate gezählt; jedes Gate hat eigene W, U und b",
    "the output layer W_hy, b_y was not counted": "wäre die Ausgabeschicht W_hy, b_y nicht gezählt",
    "that is the count at the current hidden size": "wäre es die Anzahl bei der aktuellen verborgenen Größe",
    "the sign is flipped": "wäre das Vorzeichen umgekehrt",
}

CATALOGUE = {**LABELS, **SENTENCES, **MARKING}
