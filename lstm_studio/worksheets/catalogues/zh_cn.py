"""Simplified Chinese (简体中文): the worksheet's sentences by their English text
(:mod:`lstm_studio.worksheets.i18n`).

The cell is 细胞 as in the window (细胞图); gates are 遗忘门, 输入门, 输出门, 更新门, 重置门; tokens are 词元.
Chinese writes decimal points (0.4657); symbols and parameter names stay as they are.
"""

LABELS = {
    # the sheet and the key (worksheets.document)
    "Worksheet: the {cell}": "练习卷：{cell}",
    "Answer key": "答案",
    "{cell} · hidden size {H} · vocabulary {vocab} · variant {variant} · {difficulty}":
        "{cell} · 隐藏层大小 {H} · 词表 {vocab} · 变体 {variant} · {difficulty}",
    "The cell": "细胞",
    "The weights (rounded to {d} decimals)": "权重（保留 {d} 位小数）",
    "The input": "输入",
    "Questions": "题目",
    "Recurrent layer": "循环层",
    "Output layer": "输出层",
    "none": "无",
    " This sheet is marked: your code checks answers but shows no solutions.":
        "本卷计分：你的代码可以检查答案，但不显示解答。",
    "Answers are rounded to {ad} decimals; intermediate results carry {inter}. Marking accepts a numerical "
    "answer within the tolerance shown (a few units in the last decimal, for rounding on the way).":
        "答案保留 {ad} 位小数，中间结果保留 {inter} 位。数值答案在所示容差内即判为正确（末位相差几个单位，"
        "以容纳计算过程中的舍入）。",
    " Students type {code}; this key's code, which opens the worked solutions, is {key}.":
        "学生输入 {code}；本答案的代码（可打开详细解答）为 {key}。",
    "Variant code": "变体代码",
    "Name": "姓名",
    "Date": "日期",
    "Given": "已知",
    "Answer": "答案",
    "The input sequence ": "输入序列 ",
    " is {tokens}. Each ": " 为 {tokens}。每个 ",
    " is the one-hot vector of its token over the vocabulary ({vocab}), so ":
        " 是其词元在词表（{vocab}）上的 one-hot 向量，因此 ",
    " is the column of ": " 就是 ",
    " labelled with that token. The state starts at ": " 中标为该词元的那一列。初始状态为 ",
    ".": "。",
    "Loss: ": "损失：",
    ", the cross-entropy of the next token: the targets ": "，即下一个词元的交叉熵：目标 ",
    " are {targets} (the last step has no target). ": " 为 {targets}（最后一步没有目标）。",
    " is 1 when ": " 在 ",
    " and 0 otherwise.": " 时为 1，否则为 0。",
    "Give every numerical answer to {ad} decimal places, and carry at least {inter} decimals in the results on "
    "the way. Entries count from 1: ":
        "所有数值答案保留 {ad} 位小数，中间结果至少保留 {inter} 位小数。下标从 1 开始：",
    " is unit ": " 是第 ",
    " of ": " 个单元（属于 ",
    ", ": "），",
    " is row ": " 是第 ",
    ", column ": " 行、第 ",
    ". Values given in a question are rounded as printed; use them as they are.":
        " 列。题目中给出的数值已按印出的位数舍入，请直接使用。",
    "exact": "精确",
    "easy": "简单",
    "medium": "中等",
    "hard": "困难",
    # the renderers' own words
    "LSTM Studio · variant code {code} · type the code into LSTM Studio's “Check my answers” to check your "
    "answers.":
        "LSTM Studio · 变体代码 {code} · 在 LSTM Studio 的“检查我的答案”中输入此代码即可检查你的答案。",
    "Worksheet {code}": "练习卷 {code}",
    "Answer key {code}": "答案 {code}",
    "Worked solution:": "解答：",
    "LSTM Studio \\textperiodcentered{{}} variant code \\texttt{{{code}}} \\hfill page \\thepage":
        "LSTM Studio \\textperiodcentered{{}} 变体代码 \\texttt{{{code}}} \\hfill 第 \\thepage\\ 页",
    "Variant code {code}": "变体代码 {code}",
    "Page {n} of {total}": "第 {n} 页，共 {total} 页",
    "LSTM Studio · Worksheet": "LSTM Studio · 练习卷",
    "LSTM Studio · Answer key": "LSTM Studio · 答案",
    # Moodle and Canvas items (worksheets.lms)
    "Worksheet variant {variant} · code {code}": "练习卷 变体 {variant} · 代码 {code}",
    " · {name}": " · {name}",
    "Right.": "正确。",
    "The data of your variant, as on your printed sheet:": "你的变体的数据（与打印的练习卷相同）：",
    "{code} data": "{code} 数据",
    "The weights and the input are on your printed sheet and in the item “{code} data”.":
        "权重和输入印在你的练习卷上，也在“{code} 数据”一项中。",
    "Step {t} of the forward pass (input x_{t} = {token}), from the zero state through the steps before; carry "
    "at least {inter} decimals. Give every value to {ad} decimals.":
        "前向传播的第 {t} 步（输入 x_{t} = {token}），从零状态开始经过之前各步；中间结果至少保留 {inter} 位"
        "小数。每个值保留 {ad} 位小数。",
    " (given in another question, not asked here)": "（已在另一题中给出，此处不问）",
    "{code} step {t}": "{code} 第 {t} 步",
    "{code} Q{n}": "{code} 第 {n} 题",
    # cells and gates
    "Elman RNN (tanh)": "Elman RNN（tanh）",
    "Elman RNN (relu)": "Elman RNN（relu）",
    "Elman RNN": "Elman RNN",
    "LSTM": "LSTM",
    "Peephole LSTM (diagonal peepholes)": "窥孔 LSTM（对角窥孔）",
    "Peephole LSTM (full peepholes)": "窥孔 LSTM（完整窥孔矩阵）",
    "Peephole LSTM": "窥孔 LSTM",
    "GRU (reset before Uₕ, Cho 2014; z takes the new state)": "GRU（在 Uₕ 之前重置，Cho 2014；z 取新状态）",
    "GRU (reset before Uₕ, Cho 2014; z keeps the old state)": "GRU（在 Uₕ 之前重置，Cho 2014；z 保留旧状态）",
    "GRU (reset after Uₕ, PyTorch; z takes the new state)": "GRU（在 Uₕ 之后重置，PyTorch；z 取新状态）",
    "GRU (reset after Uₕ, PyTorch; z keeps the old state)": "GRU（在 Uₕ 之后重置，PyTorch；z 保留旧状态）",
    "GRU (no reset gate, simplified; z takes the new state)": "GRU（无重置门，简化版；z 取新状态）",
    "GRU (no reset gate, simplified; z keeps the old state)": "GRU（无重置门，简化版；z 保留旧状态）",
    "GRU": "GRU",
    "Forget gate": "遗忘门",
    "Input gate": "输入门",
    "Candidate": "候选值",
    "Output gate": "输出门",
    "Update gate": "更新门",
    "Reset gate": "重置门",
    "Candidate state": "候选状态",
}

SENTENCES = {
    # forward questions
    "Compute {0}, the hidden state of unit {1} at step {2} (input {3}).":
        "计算 {0}，即单元 {1} 在第 {2} 步（输入 {3}）的隐藏状态。",
    "Compute {0}, the cell state of unit {1} at step {2} (input {3}).":
        "计算 {0}，即单元 {1} 在第 {2} 步（输入 {3}）的细胞状态。",
    "Compute {0}, the forget gate of unit {1} at step {2} (input {3}).":
        "计算 {0}，即单元 {1} 在第 {2} 步（输入 {3}）的遗忘门。",
    "Compute {0}, the input gate of unit {1} at step {2} (input {3}).":
        "计算 {0}，即单元 {1} 在第 {2} 步（输入 {3}）的输入门。",
    "Compute {0}, the output gate of unit {1} at step {2} (input {3}).":
        "计算 {0}，即单元 {1} 在第 {2} 步（输入 {3}）的输出门。",
    "Compute {0}, the update gate of unit {1} at step {2} (input {3}).":
        "计算 {0}，即单元 {1} 在第 {2} 步（输入 {3}）的更新门。",
    "Compute {0}, the reset gate of unit {1} at step {2} (input {3}).":
        "计算 {0}，即单元 {1} 在第 {2} 步（输入 {3}）的重置门。",
    "Compute {0}, the candidate of unit {1} at step {2} (input {3}).":
        "计算 {0}，即单元 {1} 在第 {2} 步（输入 {3}）的候选值。",
    "Compute {0}, the candidate state of unit {1} at step {2} (input {3}).":
        "计算 {0}，即单元 {1} 在第 {2} 步（输入 {3}）的候选状态。",
    "Compute the output logit {0} (the entry of token {1}) after step {2} (input {3}).":
        "计算第 {2} 步（输入 {3}）之后的输出 logit {0}（词元 {1} 对应的分量）。",
    "Compute {0}, the softmax probability of token {1} after step {2} (input {3}).":
        "计算 {0}，即第 {2} 步（输入 {3}）之后词元 {1} 的 softmax 概率。",
    "Which token does the model predict after step {0} (input {1}) (the token with the largest probability)?":
        "第 {0} 步（输入 {1}）之后，模型预测哪个词元（概率最大的词元）？",
    "Start from the zero state {0}.": "从零状态 {0} 开始。",
    "Start from the zero state.": "从零状态开始。",
    "Start from the state given below.": "从下面给出的状态开始。",
    "Run the cell from {0} through step {1}, carrying at least {2} decimals.":
        "从 {0} 开始运行细胞至第 {1} 步，中间结果至少保留 {2} 位小数。",
    "Run the cell from {0} through steps {1} to {2}, carrying at least {3} decimals.":
        "从 {0} 开始运行细胞，经过第 {1} 步到第 {2} 步，中间结果至少保留 {3} 位小数。",
    "Use the hidden state {0} given below.": "使用下面给出的隐藏状态 {0}。",
    "Use the probabilities given below.": "使用下面给出的概率。",
    "Use the values given below.": "使用下面给出的数值。",
    # worked solutions of the forward pass
    "Hidden state, unit {0}": "隐藏状态，单元 {0}",
    "Cell state, unit {0}": "细胞状态，单元 {0}",
    "Forget gate, unit {0}": "遗忘门，单元 {0}",
    "Input gate, unit {0}": "输入门，单元 {0}",
    "Output gate, unit {0}": "输出门，单元 {0}",
    "Update gate, unit {0}": "更新门，单元 {0}",
    "Reset gate, unit {0}": "重置门，单元 {0}",
    "Candidate, unit {0}": "候选值，单元 {0}",
    "Candidate state, unit {0}": "候选状态，单元 {0}",
    "The term the reset gate scales, {0}, unit {1}": "重置门所缩放的项 {0}，单元 {1}",
    "Hidden state, unit {0}; the recurrent terms vanish because {1}": "隐藏状态，单元 {0}；因为 {1}，循环项为零",
    "Forget gate, unit {0}; the recurrent terms vanish because {1}": "遗忘门，单元 {0}；因为 {1}，循环项为零",
    "Input gate, unit {0}; the recurrent terms vanish because {1}": "输入门，单元 {0}；因为 {1}，循环项为零",
    "Output gate, unit {0}; the recurrent terms vanish because {1}": "输出门，单元 {0}；因为 {1}，循环项为零",
    "Update gate, unit {0}; the recurrent terms vanish because {1}": "更新门，单元 {0}；因为 {1}，循环项为零",
    "Reset gate, unit {0}; the recurrent terms vanish because {1}": "重置门，单元 {0}；因为 {1}，循环项为零",
    "Candidate, unit {0}; the recurrent terms vanish because {1}": "候选值，单元 {0}；因为 {1}，循环项为零",
    "Candidate state, unit {0}; the recurrent terms vanish because {1}": "候选状态，单元 {0}；因为 {1}，循环项为零",
    "Step {0}: Hidden state, unit {1}": "第 {0} 步：隐藏状态，单元 {1}",
    "Step {0}: Cell state, unit {1}": "第 {0} 步：细胞状态，单元 {1}",
    "Step {0}: Forget gate, unit {1}": "第 {0} 步：遗忘门，单元 {1}",
    "Step {0}: Input gate, unit {1}": "第 {0} 步：输入门，单元 {1}",
    "Step {0}: Output gate, unit {1}": "第 {0} 步：输出门，单元 {1}",
    "Step {0}: Update gate, unit {1}": "第 {0} 步：更新门，单元 {1}",
    "Step {0}: Reset gate, unit {1}": "第 {0} 步：重置门，单元 {1}",
    "Step {0}: Candidate, unit {1}": "第 {0} 步：候选值，单元 {1}",
    "Step {0}: Candidate state, unit {1}": "第 {0} 步：候选状态，单元 {1}",
    "Step {0}: The term the reset gate scales, {1}, unit {2}": "第 {0} 步：重置门所缩放的项 {1}，单元 {2}",
    "Step {0}: Hidden state, unit {1}; the recurrent terms vanish because {2}":
        "第 {0} 步：隐藏状态，单元 {1}；因为 {2}，循环项为零",
    "Step {0}: Forget gate, unit {1}; the recurrent terms vanish because {2}":
        "第 {0} 步：遗忘门，单元 {1}；因为 {2}，循环项为零",
    "Step {0}: Input gate, unit {1}; the recurrent terms vanish because {2}":
        "第 {0} 步：输入门，单元 {1}；因为 {2}，循环项为零",
    "Step {0}: Output gate, unit {1}; the recurrent terms vanish because {2}":
        "第 {0} 步：输出门，单元 {1}；因为 {2}，循环项为零",
    "Step {0}: Update gate, unit {1}; the recurrent terms vanish because {2}":
        "第 {0} 步：更新门，单元 {1}；因为 {2}，循环项为零",
    "Step {0}: Reset gate, unit {1}; the recurrent terms vanish because {2}":
        "第 {0} 步：重置门，单元 {1}；因为 {2}，循环项为零",
    "Step {0}: Candidate, unit {1}; the recurrent terms vanish because {2}":
        "第 {0} 步：候选值，单元 {1}；因为 {2}，循环项为零",
    "Step {0}: Candidate state, unit {1}; the recurrent terms vanish because {2}":
        "第 {0} 步：候选状态，单元 {1}；因为 {2}，循环项为零",
    "Output logit of {0}": "{0} 的输出 logit",
    "The exponentials of the logits": "各 logit 的指数",
    "Their sum": "它们的和",
    "Softmax probability of {0}": "{0} 的 softmax 概率",
    "Probabilities: each exponential divided by the sum": "概率：每个指数除以总和",
    "The largest probability": "最大的概率",
    # backward questions
    "Compute {0}, the gradient of the loss with respect to the output logit of token {1} at step {2} (input {3}).":
        "计算 {0}，即损失对第 {2} 步（输入 {3}）词元 {1} 的输出 logit 的梯度。",
    "Compute {0} at step {1} (input {2}), the last step with a target.":
        "计算第 {1} 步（输入 {2}）的 {0}，这是最后一个有目标的步。",
    "Compute {0}, the gradient of the loss with respect to the output bias of token {1}.":
        "计算 {0}，即损失对词元 {1} 的输出偏置的梯度。",
    "Compute the derivative {0} of the cell state with respect to the previous cell state, holding {1} and the "
    "input fixed, for unit {2} at step {3} (input {4}).":
        "对单元 {2} 在第 {3} 步（输入 {4}），保持 {1} 和输入不变，计算细胞状态对上一步细胞状态的导数 {0}。",
    "Compute the derivative {0} of the hidden state with respect to the previous hidden state (the diagonal entry "
    "of the step's Jacobian), for unit {1} at step {2} (input {3}).":
        "对单元 {1} 在第 {2} 步（输入 {3}），计算隐藏状态对上一步隐藏状态的导数 {0}（该步雅可比矩阵的对角元）。",
    "Compute the local derivative {0} of step {1} (input {2}), with {3} held fixed.":
        "保持 {3} 不变，计算第 {1} 步（输入 {2}）的局部导数 {0}。",
    "Compute the local derivative {0} of step {1} (input {2}), with {3} as given below held fixed.":
        "保持 {3}（如下所给）不变，计算第 {1} 步（输入 {2}）的局部导数 {0}。",
    "Compute the local derivative {0} of step {1} (input {2}), with {3} and {4} as given below held fixed.":
        "保持 {3} 和 {4}（如下所给）不变，计算第 {1} 步（输入 {2}）的局部导数 {0}。",
    "The loss is {0}, the targets {1} are the next input tokens.": "损失为 {0}，目标 {1} 是下一个输入词元。",
    "Softmax with cross-entropy: the gradient is the probability minus the one-hot target ({0}, token {1})":
        "softmax 加交叉熵：梯度等于概率减去 one-hot 目标（{0}，词元 {1}）",
    "Back through the output layer {0}; no later step has a target, so nothing arrives from step {1}":
        "反向经过输出层 {0}；之后的步都没有目标，因此第 {1} 步没有梯度传来",
    "Through {0}; no later step has a target, so {1}": "经过 {0}；之后的步都没有目标，因此 {1}",
    "Through {0}; no later step has a target, so {1}; the peephole {2} adds the path through the output gate":
        "经过 {0}；之后的步都没有目标，因此 {1}；窥孔 {2} 增加了一条经过输出门的路径",
    "The bias is shared by every step: add the gradients {0} of the steps with a target":
        "偏置由所有步共享：把有目标的各步的梯度 {0} 相加",
    "The cell state's own path, the constant error carousel.": "细胞状态自身的路径，即恒定误差传送带。",
    "One factor of the product that carries gradients back through time.": "沿时间反向传递梯度的乘积中的一个因子。",
    "The chain rule through the step's gates.": "经过该步各门的链式法则。",
    "The chain rule through the step's pre-activation {0}.": "经过该步预激活 {0} 的链式法则。",
    "Along the cell state alone (the constant error carousel), {0}.": "仅沿细胞状态（恒定误差传送带），{0}。",
    "Derived with sympy; in the formula {0} is entry {1} of {2} and {3} is {4}; the unit is {5}, the column {6}":
        "由 sympy 推导；公式中 {0} 是 {2} 的第 {1} 个元素，{3} 即 {4}；单元为 {5}，列为 {6}",
    # conceptual questions
    "How many trainable parameters ({0}) does this Elman RNN cell have, with {1} hidden units and {2} input "
    "tokens?":
        "这个 Elman RNN 细胞有 {1} 个隐藏单元和 {2} 个输入词元，它有多少个可训练参数（{0}）？",
    "How many trainable parameters ({0}) does this LSTM cell have, with {1} hidden units and {2} input tokens?":
        "这个 LSTM 细胞有 {1} 个隐藏单元和 {2} 个输入词元，它有多少个可训练参数（{0}）？",
    "How many trainable parameters ({0}) does this peephole LSTM cell have, with {1} hidden units and {2} input "
    "tokens?":
        "这个窥孔 LSTM 细胞有 {1} 个隐藏单元和 {2} 个输入词元，它有多少个可训练参数（{0}）？",
    "How many trainable parameters ({0}) does this GRU cell have, with {1} hidden units and {2} input tokens?":
        "这个 GRU 细胞有 {1} 个隐藏单元和 {2} 个输入词元，它有多少个可训练参数（{0}）？",
    "How many trainable parameters ({0}) would this Elman RNN cell have with {1} hidden units instead of {2}, "
    "over the same {3}-token vocabulary?":
        "在同样含 {3} 个词元的词表上，如果这个 Elman RNN 细胞有 {1} 个而不是 {2} 个隐藏单元，它会有多少个"
        "可训练参数（{0}）？",
    "How many trainable parameters ({0}) would this LSTM cell have with {1} hidden units instead of {2}, over the "
    "same {3}-token vocabulary?":
        "在同样含 {3} 个词元的词表上，如果这个 LSTM 细胞有 {1} 个而不是 {2} 个隐藏单元，它会有多少个可训练"
        "参数（{0}）？",
    "How many trainable parameters ({0}) would this peephole LSTM cell have with {1} hidden units instead of {2}, "
    "over the same {3}-token vocabulary?":
        "在同样含 {3} 个词元的词表上，如果这个窥孔 LSTM 细胞有 {1} 个而不是 {2} 个隐藏单元，它会有多少个"
        "可训练参数（{0}）？",
    "How many trainable parameters ({0}) would this GRU cell have with {1} hidden units instead of {2}, over the "
    "same {3}-token vocabulary?":
        "在同样含 {3} 个词元的词表上，如果这个 GRU 细胞有 {1} 个而不是 {2} 个隐藏单元，它会有多少个可训练"
        "参数（{0}）？",
    "How many trainable parameters does the whole model have: the Elman RNN cell ({0}) and the output layer ({1})?":
        "整个模型有多少个可训练参数：Elman RNN 细胞（{0}）加上输出层（{1}）？",
    "How many trainable parameters does the whole model have: the LSTM cell ({0}) and the output layer ({1})?":
        "整个模型有多少个可训练参数：LSTM 细胞（{0}）加上输出层（{1}）？",
    "How many trainable parameters does the whole model have: the peephole LSTM cell ({0}) and the output layer "
    "({1})?":
        "整个模型有多少个可训练参数：窥孔 LSTM 细胞（{0}）加上输出层（{1}）？",
    "How many trainable parameters does the whole model have: the GRU cell ({0}) and the output layer ({1})?":
        "整个模型有多少个可训练参数：GRU 细胞（{0}）加上输出层（{1}）？",
    "Count the entries of every matrix and bias of the cell": "数出细胞中每个矩阵和偏置的元素个数",
    "The cell: every matrix and bias": "细胞：所有矩阵和偏置",
    "The output layer {0}": "输出层 {0}",
    "Together": "合计",
    "What does the forget gate {0} do in this cell?": "在这个细胞中，遗忘门 {0} 起什么作用？",
    "What does the input gate {0} do in this cell?": "在这个细胞中，输入门 {0} 起什么作用？",
    "What does the output gate {0} do in this cell?": "在这个细胞中，输出门 {0} 起什么作用？",
    "What does the update gate {0} do in this cell?": "在这个细胞中，更新门 {0} 起什么作用？",
    "What does the reset gate {0} do in this cell?": "在这个细胞中，重置门 {0} 起什么作用？",
    "What does the candidate {0} do in this cell?": "在这个细胞中，候选值 {0} 起什么作用？",
    "What does the matrix {0} do in this cell?": "在这个细胞中，矩阵 {0} 起什么作用？",
    "What does the bias {0} do in this cell?": "在这个细胞中，偏置 {0} 起什么作用？",
    "Choose one.": "选择一项。",
    "carries the previous hidden state into the new one": "把上一步的隐藏状态带入新的隐藏状态",
    "decides how much of the candidate {0} replaces the old state": "决定候选值 {0} 有多少替换旧状态",
    "decides how much of the old state {0} is kept": "决定旧状态 {0} 保留多少",
    "decides how much of {0} the candidate gets to see": "决定候选值能看到多少 {0}",
    "maps the hidden state to the output logits": "把隐藏状态映射为输出 logit",
    "proposes new content for the cell state, with values in (−{0}, {1})":
        "为细胞状态提出新的内容，取值范围为 (−{0}, {1})",
    "proposes new content for the hidden state, with values in (−{0}, {1})":
        "为隐藏状态提出新的内容，取值范围为 (−{0}, {1})",
    "reads the current input token into the new state": "把当前输入词元读入新状态",
    "scales how much of the candidate {0} is written into the cell state": "缩放候选值 {0} 写入细胞状态的多少",
    "scales how much of the previous cell state {0} is kept": "缩放上一步细胞状态 {0} 保留多少",
    "scales how much of {0} is exposed as the hidden state {1}": "缩放 {0} 有多少作为隐藏状态 {1} 输出",
    "shifts the pre-activation of every hidden unit": "平移每个隐藏单元的预激活值",
    "turns the output logits into probabilities of the next token": "把输出 logit 转换为下一个词元的概率",
    "The answer is (A).": "答案是 (A)。",
    "The answer is (B).": "答案是 (B)。",
    "The answer is (C).": "答案是 (C)。",
    "The answer is (D).": "答案是 (D)。",
    "The forget gate {0} scales how much of the previous cell state {1} is kept.":
        "遗忘门 {0} 缩放上一步细胞状态 {1} 保留多少。",
    "The input gate {0} scales how much of the candidate {1} is written into the cell state.":
        "输入门 {0} 缩放候选值 {1} 写入细胞状态的多少。",
    "The output gate {0} scales how much of {1} is exposed as the hidden state {2}.":
        "输出门 {0} 缩放 {1} 有多少作为隐藏状态 {2} 输出。",
    "The update gate {0} decides how much of the candidate {1} replaces the old state.":
        "更新门 {0} 决定候选值 {1} 有多少替换旧状态。",
    "The update gate {0} decides how much of the old state {1} is kept.": "更新门 {0} 决定旧状态 {1} 保留多少。",
    "The reset gate {0} decides how much of {1} the candidate gets to see.": "重置门 {0} 决定候选值能看到多少 {1}。",
    "The candidate {0} proposes new content for the cell state, with values in (−{1}, {2}).":
        "候选值 {0} 为细胞状态提出新的内容，取值范围为 (−{1}, {2})。",
    "The candidate {0} proposes new content for the hidden state, with values in (−{1}, {2}).":
        "候选值 {0} 为隐藏状态提出新的内容，取值范围为 (−{1}, {2})。",
    "The matrix {0} carries the previous hidden state into the new one.":
        "矩阵 {0} 把上一步的隐藏状态带入新的隐藏状态。",
    "The matrix {0} reads the current input token into the new state.": "矩阵 {0} 把当前输入词元读入新状态。",
    "The bias {0} shifts the pre-activation of every hidden unit.": "偏置 {0} 平移每个隐藏单元的预激活值。",
    "Textbooks disagree on which term the update gate weighs.": "不同教材对更新门加权的是哪一项说法不一。",
    "This worksheet's GRU uses {0}.": "本练习卷的 GRU 使用 {0}。",
    "In the other convention (Cho et al. {0} and PyTorch, where z keeps the old state), compute {1} for one unit "
    "with {2}.":
        "按另一种约定（Cho et al. {0} 和 PyTorch，z 保留旧状态），对一个单元在 {2} 时计算 {1}。",
    "In the other convention (colah's blog and deeplearning.ai, where z takes the new state), compute {0} for one "
    "unit with {1}.":
        "按另一种约定（colah 的博客和 deeplearning.ai，z 取新状态），对一个单元在 {1} 时计算 {0}。",
    "The other convention swaps the roles of {0} and {1}": "另一种约定交换了 {0} 和 {1} 的角色",
    "If the forget gate is {0} at every step, by what factor is the gradient scaled after {1} steps, {2}?":
        "如果每一步的遗忘门都是 {0}，经过 {1} 步后梯度 {2} 被缩放为原来的多少倍？",
    "Multiply the factor of every step": "把每一步的因子相乘",
    "A one-unit tanh RNN has {0} and its state stays near {1}.": "一个单单元 tanh RNN 有 {0}，其状态始终在 {1} 附近。",
    "Each step multiplies the gradient by {0}.": "每一步把梯度乘以 {0}。",
    "By what factor is a gradient scaled over {0} steps?": "经过 {0} 步，梯度被缩放为原来的多少倍？",
    "One step": "一步",
    "{0} steps: the product vanishes when the factor is below {1} and explodes above it":
        "{0} 步：因子小于 {1} 时乘积消失，大于它时乘积爆炸",
}

MARKING = {
    # what marking says in Check my answers (worksheets.check.TEXT, worksheets.mistakes.MESSAGES)
    "no answer yet": "尚未作答",
    "right": "正确",
    "not right": "不正确",
    "answer with one letter, A to {last}": "请用一个字母作答，A 到 {last}",
    "not this one": "不是这一项",
    "{typed!r} is not a token of the vocabulary ({vocab})": "{typed!r} 不是词表中的词元（{vocab}）",
    "not this token": "不是这个词元",
    "not a number": "不是数字",
    "not the right count": "数目不对",
    "not within ±{tol}": "不在 ±{tol} 之内",
    "right to {typed} decimals, but give {wanted} decimals": "{typed} 位小数是对的，但请给出 {wanted} 位小数",
    "not right: it looks like {what}": "不正确：看起来{what}",
    "σ was left out: the pre-activation was used as the gate value": "漏掉了 σ：把预激活值当成了门的值",
    "tanh was used where the gate takes σ": "在门应使用 σ 的地方用了 tanh",
    "σ was used where the candidate takes tanh": "在候选值应使用 tanh 的地方用了 σ",
    "the activation was left out: the pre-activation was used as h_t": "漏掉了激活函数：把预激活值当成了 h_t",
    "tanh was left out: h_t = o_t ⊙ tanh(c_t), not o_t ⊙ c_t": "漏掉了 tanh：h_t = o_t ⊙ tanh(c_t)，而不是 o_t ⊙ c_t",
    "f and i are swapped (c_t = f_t c_(t-1) + i_t C̃_t)": "f 和 i 弄反了（c_t = f_t c_(t-1) + i_t C̃_t）",
    "PyTorch's gate order (i, f, g, o; r, z, n) was read as the slides' (f, i, C̃, o; z, r, h̃)":
        "把 PyTorch 的门顺序（i, f, g, o; r, z, n）当成了讲义的顺序（f, i, C̃, o; z, r, h̃）",
    "z and 1 − z are exchanged (that is the other GRU convention)": "z 和 1 − z 弄反了（那是另一种 GRU 约定）",
    "h_t and h_(t-1) are mixed up: the state of the wrong step was used": "h_t 和 h_(t-1) 混淆了：用了错误一步的状态",
    "the recurrent term was left out (as if h_(t-1) were 0)": "漏掉了循环项（好像 h_(t-1) 为 0）",
    "the bias was left out": "漏掉了偏置",
    "σ(y) was used instead of the softmax over every logit": "用了 σ(y)，而不是对所有 logit 做 softmax",
    "the softmax overflowed: subtract the largest logit before taking exponentials":
        "softmax 溢出了：取指数之前先减去最大的 logit",
    "that is the current input token; the model predicts the next one": "那是当前的输入词元；模型预测的是下一个",
    "the one-hot target was not subtracted: ∂L/∂y = p − onehot(k_t)": "没有减去独热目标：∂L/∂y = p − onehot(k_t)",
    "a row of W_hy was used; ∂L/∂h_t[k] takes column k": "用了 W_hy 的一行；∂L/∂h_t[k] 取的是第 k 列",
    "the factor 1 − tanh²(c_t) was left out": "漏掉了因子 1 − tanh²(c_t)",
    "only one step was counted; b_y is shared by every step with a target": "只算了一步；b_y 由所有有目标的步共享",
    "∂c_t/∂c_(t-1) is f_t, not 1": "∂c_t/∂c_(t-1) 是 f_t，不是 1",
    "f·n was computed instead of fⁿ": "算成了 f·n，而不是 fⁿ",
    "the factor (1 − h²) of tanh's derivative was left out": "漏掉了 tanh 导数的因子 (1 − h²)",
    "that is this worksheet's own convention; the question asks for the other one":
        "那是本练习本身的约定；题目问的是另一种",
    "the biases were not counted": "没有计入偏置",
    "only one gate was counted; every gate has its own W, U and b": "只算了一个门；每个门都有自己的 W、U 和 b",
    "the output layer W_hy, b_y was not counted": "没有计入输出层 W_hy、b_y",
    "that is the count at the current hidden size": "那是当前隐藏层大小下的数目",
    "the sign is flipped": "符号反了",
}

CATALOGUE = {**LABELS, **SENTENCES, **MARKING}
