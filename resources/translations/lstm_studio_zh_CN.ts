<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnswerCheck</name>
    <message>
        <source> This sheet is marked: answers are checked, solutions stay with your instructor.</source>
        <extracomment>What the status line says about a graded sheet, in one place.</extracomment>
        <translation>本卷计分：会检查答案，解答由你的老师保管。</translation>
    </message>
    <message>
        <source> This sheet is marked: answers are checked (with hints), solutions stay with your instructor.</source>
        <translation>本卷计分：会检查答案（附提示），解答由你的老师保管。</translation>
    </message>
    <message>
        <source> Key code: the worked solutions are open.</source>
        <translation>答案码：详细解答已开放。</translation>
    </message>
    <message>
        <source>question {number}</source>
        <translation>第 {number} 题</translation>
    </message>
    <message>
        <source>answer {number}</source>
        <translation>第 {number} 题的答案</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Show solution</source>
        <translation>显示解答</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>你的答案：</translation>
    </message>
    <message>
        <source>a letter, e.g. B</source>
        <translation>一个字母，例如 B</translation>
    </message>
    <message>
        <source>a token</source>
        <translation>一个词元</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>一个整数</translation>
    </message>
    <message numerus="yes">
        <source>a number to %n decimals</source>
        <translation>
            <numerusform>保留 %n 位小数的数</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide solution</source>
        <translation>隐藏解答</translation>
    </message>
    <message>
        <source>the code printed on your worksheet, e.g. {code}</source>
        <translation>工作表上印的代码，例如 {code}</translation>
    </message>
    <message>
        <source>variant code</source>
        <translation>版本代码</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>载入</translation>
    </message>
    <message>
        <source>Show the worksheet</source>
        <translation>显示练习卷</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>全部检查</translation>
    </message>
    <message>
        <source>Variant code</source>
        <translation>版本代码</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>问题与答案</translation>
    </message>
    <message>
        <source>Variant {variant} · {cell} · hidden size {hidden} · vocabulary {vocabulary} · input {input} · {questions} questions. Type each answer and press Enter.</source>
        <translation>版本 {variant} · {cell} · 隐藏层大小 {hidden} · 词表 {vocabulary} · 输入 {input} · 共 {questions} 题。逐题输入答案并按回车键。</translation>
    </message>
    <message>
        <source>{right} of {total} right</source>
        <translation>{total} 题中答对 {right} 题</translation>
    </message>
    <message>
        <source>Worksheet {code}</source>
        <translation>练习卷 {code}</translation>
    </message>
    <message>
        <source>Check my answers</source>
        <translation>检查我的答案</translation>
    </message>
</context>
<context>
    <name>CellDiagram</name>
    <message>
        <source>W_hh hₜ₋₁: the recurrent part</source>
        <translation>W_hh hₜ₋₁：循环部分</translation>
    </message>
    <message>
        <source>W_xh xₜ: the input part</source>
        <translation>W_xh xₜ：输入部分</translation>
    </message>
    <message>
        <source>hₜ₋₁: the hidden state the cell received</source>
        <translation>hₜ₋₁：单元接收的隐藏状态</translation>
    </message>
    <message>
        <source>xₜ: this step&apos;s input</source>
        <translation>xₜ：这一步的输入</translation>
    </message>
    <message>
        <source>the bias b_h</source>
        <translation>偏置 b_h</translation>
    </message>
    <message>
        <source>aₜ = W_xh xₜ + W_hh hₜ₋₁ + b_h, the pre-activation</source>
        <translation>aₜ = W_xh xₜ + W_hh hₜ₋₁ + b_h，预激活值</translation>
    </message>
    <message>
        <source>hₜ: the new hidden state, passed on</source>
        <translation>hₜ：新的隐藏状态，向后传递</translation>
    </message>
    <message>
        <source>hₜ goes to the output layer: yₜ = W_hy hₜ + b_y</source>
        <translation>hₜ 进入输出层：yₜ = W_hy hₜ + b_y</translation>
    </message>
    <message>
        <source>to yₜ, pₜ</source>
        <translation>至 yₜ、pₜ</translation>
    </message>
    <message>
        <source>W_hh hₜ₊₁: the recurrent part</source>
        <translation>W_hh hₜ₊₁：循环部分</translation>
    </message>
    <message>
        <source>hₜ₊₁: the hidden state the cell received</source>
        <translation>hₜ₊₁：单元接收的隐藏状态</translation>
    </message>
    <message>
        <source>aₜ = W_xh xₜ + W_hh hₜ₊₁ + b_h, the pre-activation</source>
        <translation>aₜ = W_xh xₜ + W_hh hₜ₊₁ + b_h，预激活值</translation>
    </message>
    <message>
        <source>forget gate fₜ: how much of the old cell state to keep</source>
        <translation>遗忘门 fₜ：保留多少旧的细胞状态</translation>
    </message>
    <message>
        <source>forget</source>
        <translation>遗忘</translation>
    </message>
    <message>
        <source>input gate iₜ: how much of the candidate to write</source>
        <translation>输入门 iₜ：写入多少候选值</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>candidate C̃ₜ: what could be written into the cell</source>
        <translation>候选值 C̃ₜ：可能写入细胞的内容</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>output gate oₜ: how much of tanh(cₜ) to show as hₜ</source>
        <translation>输出门 oₜ：把多少 tanh(cₜ) 作为 hₜ 输出</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>fₜ ⊙ cₜ₋₁: the part of the old cell state that is kept</source>
        <translation>fₜ ⊙ cₜ₋₁：保留下来的那部分旧细胞状态</translation>
    </message>
    <message>
        <source>iₜ ⊙ C̃ₜ: what is written into the cell</source>
        <translation>iₜ ⊙ C̃ₜ：写入细胞的内容</translation>
    </message>
    <message>
        <source>tanh(cₜ): the cell state squashed into (−1, 1)</source>
        <translation>tanh(cₜ)：压缩到 (−1, 1) 的细胞状态</translation>
    </message>
    <message>
        <source>cₜ₋₁: the cell state the cell received</source>
        <translation>cₜ₋₁：单元接收的细胞状态</translation>
    </message>
    <message>
        <source>fₜ ⊙ cₜ₋₁: the kept part of the old cell state</source>
        <translation>fₜ ⊙ cₜ₋₁：旧细胞状态中保留的部分</translation>
    </message>
    <message>
        <source>cₜ: the new cell state, passed to the next step</source>
        <translation>cₜ：新的细胞状态，传给下一步</translation>
    </message>
    <message>
        <source>cₜ on its way into tanh</source>
        <translation>cₜ 正进入 tanh</translation>
    </message>
    <message>
        <source>fₜ, the forget gate&apos;s output</source>
        <translation>fₜ，遗忘门的输出</translation>
    </message>
    <message>
        <source>iₜ, the input gate&apos;s output</source>
        <translation>iₜ，输入门的输出</translation>
    </message>
    <message>
        <source>C̃ₜ, the candidate</source>
        <translation>C̃ₜ，候选值</translation>
    </message>
    <message>
        <source>iₜ ⊙ C̃ₜ, added to the cell state</source>
        <translation>iₜ ⊙ C̃ₜ，加到细胞状态上</translation>
    </message>
    <message>
        <source>oₜ, the output gate&apos;s output</source>
        <translation>oₜ，输出门的输出</translation>
    </message>
    <message>
        <source>[hₜ₋₁, xₜ]: what every layer reads</source>
        <translation>[hₜ₋₁, xₜ]：每一层读取的内容</translation>
    </message>
    <message>
        <source>fₜ ⊙ cₜ₊₁: the part of the old cell state that is kept</source>
        <translation>fₜ ⊙ cₜ₊₁：保留下来的那部分旧细胞状态</translation>
    </message>
    <message>
        <source>cₜ₊₁: the cell state the cell received</source>
        <translation>cₜ₊₁：单元接收的细胞状态</translation>
    </message>
    <message>
        <source>fₜ ⊙ cₜ₊₁: the kept part of the old cell state</source>
        <translation>fₜ ⊙ cₜ₊₁：旧细胞状态中保留的部分</translation>
    </message>
    <message>
        <source>[hₜ₊₁, xₜ]: what every layer reads</source>
        <translation>[hₜ₊₁, xₜ]：每一层读取的内容</translation>
    </message>
    <message>
        <source>peephole: f also sees cₜ₋₁</source>
        <translation>窥视孔：f 也能看到 cₜ₋₁</translation>
    </message>
    <message>
        <source>peephole: i also sees cₜ₋₁</source>
        <translation>窥视孔：i 也能看到 cₜ₋₁</translation>
    </message>
    <message>
        <source>peephole: o also sees cₜ</source>
        <translation>窥视孔：o 也能看到 cₜ</translation>
    </message>
    <message>
        <source>peephole: f also sees cₜ₊₁</source>
        <translation>窥视孔：f 也能看到 cₜ₊₁</translation>
    </message>
    <message>
        <source>peephole: i also sees cₜ₊₁</source>
        <translation>窥视孔：i 也能看到 cₜ₊₁</translation>
    </message>
    <message>
        <source>update gate zₜ: how to mix the old state and the candidate</source>
        <translation>更新门 zₜ：如何混合旧状态与候选值</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>candidate h̃ₜ: the proposed new state</source>
        <translation>候选值 h̃ₜ：提议的新状态</translation>
    </message>
    <message>
        <source>(1−zₜ) ⊙ hₜ₋₁: the part of the old state that is kept</source>
        <translation>(1−zₜ) ⊙ hₜ₋₁：保留下来的那部分旧状态</translation>
    </message>
    <message>
        <source>zₜ ⊙ h̃ₜ: the part of the candidate that is taken</source>
        <translation>zₜ ⊙ h̃ₜ：采纳的那部分候选值</translation>
    </message>
    <message>
        <source>reset gate rₜ: how much of the old state the candidate may use</source>
        <translation>重置门 rₜ：候选值可以使用多少旧状态</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>hₜ₋₁ into the gates</source>
        <translation>hₜ₋₁ 进入各个门</translation>
    </message>
    <message>
        <source>xₜ into the candidate</source>
        <translation>xₜ 进入候选值</translation>
    </message>
    <message>
        <source>zₜ, the update gate&apos;s output</source>
        <translation>zₜ，更新门的输出</translation>
    </message>
    <message>
        <source>h̃ₜ, the candidate</source>
        <translation>h̃ₜ，候选值</translation>
    </message>
    <message>
        <source>1 − zₜ weighs the old state</source>
        <translation>1 − zₜ 给旧状态加权</translation>
    </message>
    <message>
        <source>zₜ weighs the candidate</source>
        <translation>zₜ 给候选值加权</translation>
    </message>
    <message>
        <source>rₜ, the reset gate&apos;s output</source>
        <translation>rₜ，重置门的输出</translation>
    </message>
    <message>
        <source>hₜ₋₁ into the reset</source>
        <translation>hₜ₋₁ 进入重置</translation>
    </message>
    <message>
        <source>rₜ ⊙ hₜ₋₁: what the candidate sees of the old state</source>
        <translation>rₜ ⊙ hₜ₋₁：候选值看到的旧状态</translation>
    </message>
    <message>
        <source>(1−zₜ) ⊙ hₜ₊₁: the part of the old state that is kept</source>
        <translation>(1−zₜ) ⊙ hₜ₊₁：保留下来的那部分旧状态</translation>
    </message>
    <message>
        <source>hₜ₊₁ into the gates</source>
        <translation>hₜ₊₁ 进入各个门</translation>
    </message>
    <message>
        <source>hₜ₊₁ into the reset</source>
        <translation>hₜ₊₁ 进入重置</translation>
    </message>
    <message>
        <source>rₜ ⊙ hₜ₊₁: what the candidate sees of the old state</source>
        <translation>rₜ ⊙ hₜ₊₁：候选值看到的旧状态</translation>
    </message>
    <message>
        <source>zₜ ⊙ hₜ₋₁: the part of the old state that is kept</source>
        <translation>zₜ ⊙ hₜ₋₁：保留下来的那部分旧状态</translation>
    </message>
    <message>
        <source>(1−zₜ) ⊙ h̃ₜ: the part of the candidate that is taken</source>
        <translation>(1−zₜ) ⊙ h̃ₜ：采纳的那部分候选值</translation>
    </message>
    <message>
        <source>zₜ weighs the old state</source>
        <translation>zₜ 给旧状态加权</translation>
    </message>
    <message>
        <source>1 − zₜ weighs the candidate</source>
        <translation>1 − zₜ 给候选值加权</translation>
    </message>
    <message>
        <source>zₜ ⊙ hₜ₊₁: the part of the old state that is kept</source>
        <translation>zₜ ⊙ hₜ₊₁：保留下来的那部分旧状态</translation>
    </message>
    <message>
        <source>U_h hₜ₋₁ + b_hn (reset after: the reset gate multiplies this, after U_h; PyTorch&apos;s nₜ is the candidate h̃ₜ)</source>
        <translation>U_h hₜ₋₁ + b_hn（之后重置：重置门在 U_h 之后与它相乘；PyTorch 的 nₜ 就是候选值 h̃ₜ）</translation>
    </message>
    <message>
        <source>rₜ ⊙ (U_h hₜ₋₁ + b_hn): the reset recurrent part</source>
        <translation>rₜ ⊙ (U_h hₜ₋₁ + b_hn)：经过重置的循环部分</translation>
    </message>
    <message>
        <source>U_h hₜ₊₁ + b_hn (reset after: the reset gate multiplies this, after U_h; PyTorch&apos;s nₜ is the candidate h̃ₜ)</source>
        <translation>U_h hₜ₊₁ + b_hn（之后重置：重置门在 U_h 之后与它相乘；PyTorch 的 nₜ 就是候选值 h̃ₜ）</translation>
    </message>
    <message>
        <source>{title} (wire) = {value}</source>
        <translation>{title}（连线）= {value}</translation>
    </message>
    <message>
        <source>{title} (box) = {value}</source>
        <translation>{title}（方框）= {value}</translation>
    </message>
    <message>
        <source>{title} (wire)</source>
        <translation>{title}（连线）</translation>
    </message>
    <message>
        <source>{title} (box)</source>
        <translation>{title}（方框）</translation>
    </message>
    <message>
        <source>hₜ₋₁ into U_h</source>
        <translation>hₜ₋₁ 进入 U_h</translation>
    </message>
    <message>
        <source>hₜ₊₁ into U_h</source>
        <translation>hₜ₊₁ 进入 U_h</translation>
    </message>
    <message>
        <source>rₜ ⊙ (U_h hₜ₊₁ + b_hn): the reset recurrent part</source>
        <translation>rₜ ⊙ (U_h hₜ₊₁ + b_hn)：经过重置的循环部分</translation>
    </message>
    <message>
        <source>hₜ₋₁ into the candidate (no reset gate: r ≡ 1)</source>
        <translation>hₜ₋₁ 进入候选值（没有重置门：r ≡ 1）</translation>
    </message>
    <message>
        <source>hₜ₊₁ into the candidate (no reset gate: r ≡ 1)</source>
        <translation>hₜ₊₁ 进入候选值（没有重置门：r ≡ 1）</translation>
    </message>
</context>
<context>
    <name>CellDiagramPanel</name>
    <message>
        <source>element…</source>
        <translation>元素…</translation>
    </message>
    <message>
        <source>Diagram element</source>
        <translation>图中元素</translation>
    </message>
    <message>
        <source>Every box and wire of the diagram with its value; choose one to see its equation</source>
        <translation>图中每个方框和连线及其数值；选择一项即可查看它的公式</translation>
    </message>
    <message>
        <source>Cell diagram</source>
        <translation>细胞图</translation>
    </message>
    <message>
        <source>The chosen element: equation, numbers, derivative</source>
        <translation>所选元素：公式、数值、导数</translation>
    </message>
    <message>
        <source>arrow keys choose a box or wire, Enter shows its equation</source>
        <translation>方向键选择方框或连线，Enter 显示其公式</translation>
    </message>
</context>
<context>
    <name>CellOptions</name>
    <message>
        <source>φ in hₜ = φ(W_xh xₜ + W_hh hₜ₋₁ + b_h): tanh keeps h in (−1, 1); relu is unbounded.</source>
        <translation>hₜ = φ(W_xh xₜ + W_hh hₜ₋₁ + b_h) 中的 φ：tanh 把 h 限制在 (−1, 1) 内；relu 没有上界。</translation>
    </message>
    <message>
        <source>diagonal peepholes: each gate sees only its own unit&apos;s cell state (Gers &amp; Schmidhuber); full peepholes: a matrix P, every gate sees every unit&apos;s cell state, as in the concatenated form W·[cₜ₋₁, hₜ₋₁, xₜ].</source>
        <translation>对角窥视孔：每个门只看到本单元自己的细胞状态（Gers &amp; Schmidhuber）；完整窥视孔：一个矩阵 P，每个门都看到所有单元的细胞状态，即拼接形式 W·[cₜ₋₁, hₜ₋₁, xₜ]。</translation>
    </message>
    <message>
        <source>reset before U_h: h̃ = tanh(W_h x + U_h (r ⊙ hₜ₋₁) + b_h) (Cho 2014, colah); reset after U_h: h̃ = tanh(W_h x + b_h + r ⊙ (U_h hₜ₋₁ + b_hn)) (cuDNN, PyTorch, which calls this h̃ nₜ); no reset gate (simplified): r ≡ 1.</source>
        <translation>在 U_h 之前重置：h̃ = tanh(W_h x + U_h (r ⊙ hₜ₋₁) + b_h)（Cho 2014，colah）；在 U_h 之后重置：h̃ = tanh(W_h x + b_h + r ⊙ (U_h hₜ₋₁ + b_hn))（cuDNN，PyTorch，后者把这个 h̃ 称为 nₜ）；无重置门（简化版）：r ≡ 1。</translation>
    </message>
    <message>
        <source>z takes the new state: hₜ = (1 − z) ⊙ hₜ₋₁ + z ⊙ h̃ (colah, deeplearning.ai); z keeps the old state: hₜ = z ⊙ hₜ₋₁ + (1 − z) ⊙ h̃ (Cho 2014, PyTorch).</source>
        <translation>z 取新状态：hₜ = (1 − z) ⊙ hₜ₋₁ + z ⊙ h̃（colah，deeplearning.ai）；z 保留旧状态：hₜ = z ⊙ hₜ₋₁ + (1 − z) ⊙ h̃（Cho 2014，PyTorch）。</translation>
    </message>
    <message>
        <source>z takes the new state</source>
        <translation>z 取新状态</translation>
    </message>
    <message>
        <source>z keeps the old state</source>
        <translation>z 保留旧状态</translation>
    </message>
    <message>
        <source>reset before U_h</source>
        <translation>在 U_h 之前重置</translation>
    </message>
    <message>
        <source>reset after U_h</source>
        <translation>在 U_h 之后重置</translation>
    </message>
    <message>
        <source>no reset gate (simplified)</source>
        <translation>无重置门（简化版）</translation>
    </message>
    <message>
        <source>diagonal peepholes</source>
        <translation>对角窥视孔</translation>
    </message>
    <message>
        <source>full peepholes</source>
        <translation>完整窥视孔</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <source>the constant error carousel: how cₜ moves with cₜ₋₁ (one step back)</source>
        <extracomment>The local derivative the info area shows for an element&apos;s equation: (of, wrt, entry kind, caption); the captions are translated where they are shown.</extracomment>
        <translation>恒定误差传送带：cₜ 如何随 cₜ₋₁ 变化（回退一步）</translation>
    </message>
    <message>
        <source>how hₜ moves with hₜ₋₁ (one step back, everything else held fixed)</source>
        <translation>hₜ 如何随 hₜ₋₁ 变化（回退一步，其余保持不变）</translation>
    </message>
    <message>
        <source>how hₜ moves with the forget gate&apos;s bias</source>
        <translation>hₜ 如何随遗忘门的偏置变化</translation>
    </message>
    <message>
        <source>how hₜ moves with the input gate&apos;s bias</source>
        <translation>hₜ 如何随输入门的偏置变化</translation>
    </message>
    <message>
        <source>how hₜ moves with the candidate&apos;s bias</source>
        <translation>hₜ 如何随候选值的偏置变化</translation>
    </message>
    <message>
        <source>how hₜ moves with the output gate&apos;s bias</source>
        <translation>hₜ 如何随输出门的偏置变化</translation>
    </message>
    <message>
        <source>how hₜ moves with the update gate&apos;s bias</source>
        <translation>hₜ 如何随更新门的偏置变化</translation>
    </message>
    <message>
        <source>how hₜ moves with the reset gate&apos;s bias</source>
        <translation>hₜ 如何随重置门的偏置变化</translation>
    </message>
    <message>
        <source>how hₜ moves with b_hn</source>
        <translation>hₜ 如何随 b_hn 变化</translation>
    </message>
    <message>
        <source>Click any box or wire to see its equation, the same with the numbers of unit j at this step, and a local derivative from the symbolic layer.</source>
        <extracomment>Which diagram element a warning about a quantity marks. While numbers keep changing (a slider drag) the symbolic derivative waits until they rest this long.</extracomment>
        <translation>点击任意方框或连线，查看它的方程、代入本步单元 j 数值后的同一方程，以及符号层给出的局部导数。</translation>
    </message>
    <message>
        <source>Which hidden unit&apos;s numbers the diagram shows</source>
        <translation>图中显示哪个隐藏单元的数值</translation>
    </message>
    <message>
        <source>Which layer (and direction) of a stacked or bidirectional model to draw</source>
        <translation>绘制堆叠或双向模型的哪一层（及哪个方向）</translation>
    </message>
    <message>
        <source>σ gates are tinted by how open they are: dark = closed (0), yellow = open (1); tanh layers on blue (−1) – grey (0) – yellow (+1)</source>
        <translation>σ 门按打开程度着色：深色 = 关闭（0），黄色 = 打开（1）；tanh 层使用蓝（−1）– 灰（0）– 黄（+1）色阶</translation>
    </message>
    <message>
        <source>gate closed</source>
        <translation>门关闭</translation>
    </message>
    <message>
        <source>open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>type an input sequence to see the cell at work</source>
        <translation>输入一个序列，看看单元如何工作</translation>
    </message>
    <message>
        <source>xₜ = {token} (one-hot)</source>
        <translation>xₜ = {token}（独热）</translation>
    </message>
    <message>
        <source>xₜ = h of layer {layer}</source>
        <translation>xₜ = 第 {layer} 层的 h</translation>
    </message>
    <message>
        <source>layer {layer} backward, </source>
        <translation>第 {layer} 层反向，</translation>
    </message>
    <message>
        <source>layer {layer} forward, </source>
        <translation>第 {layer} 层正向，</translation>
    </message>
    <message>
        <source>layer {layer}, </source>
        <translation>第 {layer} 层，</translation>
    </message>
    <message>
        <source>step &lt;b&gt;t = {t}&lt;/b&gt; of {steps}, input &lt;b&gt;{token}&lt;/b&gt;, unit &lt;b&gt;j = {unit}&lt;/b&gt;</source>
        <translation>第 &lt;b&gt;t = {t}&lt;/b&gt; 步（共 {steps} 步），输入 &lt;b&gt;{token}&lt;/b&gt;，单元 &lt;b&gt;j = {unit}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>step &lt;b&gt;t = {t}&lt;/b&gt; of {steps}, unit &lt;b&gt;j = {unit}&lt;/b&gt;</source>
        <translation>第 &lt;b&gt;t = {t}&lt;/b&gt; 步（共 {steps} 步），单元 &lt;b&gt;j = {unit}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>At t = {t}:</source>
        <translation>在 t = {t} 时：</translation>
    </message>
    <message>
        <source>reset before: r multiplies hₜ₋₁ inside the candidate (Cho 2014, colah)</source>
        <translation>先重置：r 在候选值内部与 hₜ₋₁ 相乘（Cho 2014，colah）</translation>
    </message>
    <message>
        <source>reset after: r multiplies U_h hₜ₋₁ + b_hn (cuDNN, PyTorch)</source>
        <translation>后重置：r 与 U_h hₜ₋₁ + b_hn 相乘（cuDNN，PyTorch）</translation>
    </message>
    <message>
        <source>no reset gate (the simplified GRU, r ≡ 1)</source>
        <translation>没有重置门（简化版 GRU，r ≡ 1）</translation>
    </message>
    <message>
        <source>z weighs the candidate: h = (1 − z) hₜ₋₁ + z h̃ (colah)</source>
        <translation>z 给候选值加权：h = (1 − z) hₜ₋₁ + z h̃（colah）</translation>
    </message>
    <message>
        <source>z weighs the old state: h = z hₜ₋₁ + (1 − z) h̃ (PyTorch)</source>
        <translation>z 给旧状态加权：h = z hₜ₋₁ + (1 − z) h̃（PyTorch）</translation>
    </message>
    <message>
        <source>diagonal peepholes: each gate sees its own unit&apos;s c</source>
        <translation>对角窥视孔：每个门只看到本单元的 c</translation>
    </message>
    <message>
        <source>full peepholes: the gates see all of c through a matrix P</source>
        <translation>完整窥视孔：各个门通过矩阵 P 看到全部 c</translation>
    </message>
    <message>
        <source>φ = relu (unbounded)</source>
        <translation>φ = relu（无上界）</translation>
    </message>
    <message>
        <source>(colah&apos;s “Understanding LSTM Networks” layout)</source>
        <translation>（colah《Understanding LSTM Networks》中的画法）</translation>
    </message>
    <message>
        <source>click any box or wire</source>
        <translation>点击任意方框或连线</translation>
    </message>
    <message>
        <source>&lt;i&gt;rendering the equation…&lt;/i&gt;</source>
        <translation>&lt;i&gt;正在渲染方程…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>with the numbers (t = {t}, j = {unit}):</source>
        <translation>代入数值（t = {t}，j = {unit}）：</translation>
    </message>
    <message>
        <source>(local derivatives are shown for layer 1, forward direction)</source>
        <translation>（仅对第 1 层正向显示局部导数）</translation>
    </message>
    <message>
        <source>Local derivative from the symbolic layer, {caption} — at t = {t}, j = {unit}:</source>
        <translation>符号层给出的局部导数，{caption} —— 在 t = {t}，j = {unit} 处：</translation>
    </message>
    <message>
        <source>&lt;i&gt;rendering…&lt;/i&gt;</source>
        <translation>&lt;i&gt;正在渲染…&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>the test sequence {sequence} does not fit the model ({why})</source>
        <translation>测试序列 {sequence} 与模型不匹配（{why}）</translation>
    </message>
    <message>
        <source>{name} = {actual}, want {target} {mark}</source>
        <translation>{name} = {actual}，应为 {target} {mark}</translation>
    </message>
    <message>
        <source>accuracy on {where} = {value} ({correct} of {counted} targets) {target} {mark}</source>
        <translation>{where}上的准确率 = {value}（{counted} 个目标中 {correct} 个正确）{target} {mark}</translation>
    </message>
    <message>
        <source>accuracy: {why} {mark}</source>
        <translation>准确率：{why} {mark}</translation>
    </message>
    <message>
        <source>{n} test sequences</source>
        <translation>{n} 条测试序列</translation>
    </message>
    <message>
        <source>no step has a target</source>
        <translation>没有任何一步有目标</translation>
    </message>
    <message>
        <source>this input</source>
        <translation>此输入</translation>
    </message>
    <message>
        <source>the test sequence</source>
        <translation>测试序列</translation>
    </message>
    <message>
        <source>on {sequence}: {name}: {why} {mark}</source>
        <translation>在 {sequence} 上：{name}：{why} {mark}</translation>
    </message>
    <message>
        <source>you said {said}; {label} = {actual} {mark}</source>
        <translation>你的估计 {said}；{label} = {actual} {mark}</translation>
    </message>
    <message>
        <source>on {sequence}: {line} (on the test sequence)</source>
        <translation>在 {sequence} 上：{line}（在测试序列上）</translation>
    </message>
    <message>
        <source>there is no input to run (type a sequence)</source>
        <translation>没有可运行的输入（请输入一个序列）</translation>
    </message>
    <message>
        <source>expected {count} numbers, got {got}</source>
        <translation>需要 {count} 个数，实际得到 {got} 个</translation>
    </message>
    <message>
        <source>you said {said}; {label} = {actual}: off by {error} (tolerance {tolerance}) {mark}</source>
        <translation>你的估计 {said}；{label} = {actual}：相差 {error}（容差 {tolerance}）{mark}</translation>
    </message>
    <message>
        <source>largest miss {error} at {label} (you said {said}, it is {actual}; tolerance {tolerance}) {mark}</source>
        <translation>最大偏差 {error}，在 {label}（你的估计 {said}，实际为 {actual}；容差 {tolerance}）{mark}</translation>
    </message>
    <message>
        <source>on {sequence}: {line} (fails on {failed} of {total} test sequences)</source>
        <translation>在 {sequence} 上：{line}（在 {total} 条测试序列中有 {failed} 条未通过）</translation>
    </message>
    <message>
        <source>on {sequence}: {line} (holds on all {total} test sequences)</source>
        <translation>在 {sequence} 上：{line}（在全部 {total} 条测试序列上成立）</translation>
    </message>
    <message>
        <source>type the token you expect</source>
        <translation>请输入你预期的词元</translation>
    </message>
    <message>
        <source>{typed} is not a finite number</source>
        <translation>{typed} 不是有限数</translation>
    </message>
    <message>
        <source>expected {count} number, got {got}</source>
        <translation>需要 {count} 个数，实际得到 {got} 个</translation>
    </message>
    <message>
        <source>{typed} is not a number</source>
        <translation>{typed} 不是数字</translation>
    </message>
    <message>
        <source>{quantity} needs a unit or token to be checked</source>
        <translation>{quantity} 需要指定一个单元或词元才能检查</translation>
    </message>
    <message>
        <source>the {cell} has no cell state c</source>
        <translation>{cell} 没有细胞状态 c</translation>
    </message>
    <message>
        <source>{quantity} is not a single number of one sequence</source>
        <translation>{quantity} 不是单个序列的一个数</translation>
    </message>
    <message>
        <source>prediction{t}</source>
        <translation>预测{t}</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>{name} (layer {layer}, backward)</source>
        <translation>{name}（第 {layer} 层，反向）</translation>
    </message>
    <message>
        <source>{name} (layer {layer})</source>
        <translation>{name}（第 {layer} 层）</translation>
    </message>
    <message>
        <source>{quantity} needs a time step t</source>
        <translation>{quantity} 需要一个时间步 t</translation>
    </message>
    <message>
        <source>t={t} is beyond the input, which has {steps} steps</source>
        <translation>t={t} 超出了输入，输入只有 {steps} 步</translation>
    </message>
    <message>
        <source>the model has {layers} layers, not {layer}</source>
        <translation>模型只有 {layers} 层，没有第 {layer} 层</translation>
    </message>
    <message>
        <source>the model is not bidirectional</source>
        <translation>模型不是双向的</translation>
    </message>
    <message>
        <source>the {cell} has no gate {gate}</source>
        <translation>{cell} 没有门 {gate}</translation>
    </message>
    <message>
        <source>{quantity} needs a parameter (of)</source>
        <translation>{quantity} 需要一个参数（of）</translation>
    </message>
    <message>
        <source>the {cell} model has no parameter {name}</source>
        <translation>{cell} 模型没有参数 {name}</translation>
    </message>
    <message>
        <source>{entry} is outside {name}, which is {shape}</source>
        <translation>{entry} 超出了 {name} 的范围（其形状为 {shape}）</translation>
    </message>
    <message>
        <source>this step&apos;s targets do not fit the input (one target per input step)</source>
        <translation>本步的目标与输入不匹配（每个输入步一个目标）</translation>
    </message>
    <message>
        <source>t={t} is beyond the input, which has {steps} step</source>
        <translation>t={t} 超出了输入，输入只有 {steps} 步</translation>
    </message>
    <message>
        <source>the model has {layers} layer, not {layer}</source>
        <translation>模型只有 {layers} 层，没有第 {layer} 层</translation>
    </message>
    <message>
        <source>the pre-activation a belongs to the Elman RNN, not the {cell}</source>
        <translation>预激活 a 属于 Elman RNN，而不是 {cell}</translation>
    </message>
    <message>
        <source>the model has {units} hidden units, not {unit}</source>
        <translation>模型只有 {units} 个隐藏单元，没有第 {unit} 个</translation>
    </message>
    <message>
        <source>{token} is not in the model&apos;s vocabulary</source>
        <translation>{token} 不在模型的词表中</translation>
    </message>
    <message>
        <source>{name} is not a square matrix</source>
        <translation>{name} 不是方阵</translation>
    </message>
    <message>
        <source>{name} has an entry that is not a finite number</source>
        <translation>{name} 有一个元素不是有限数</translation>
    </message>
    <message>
        <source>train: the model&apos;s vocabulary ({vocabulary}) is not the {task} task&apos;s ({expected}); go back to this step&apos;s model</source>
        <translation>训练：模型的词表（{vocabulary}）不是 {task} 任务的词表（{expected}）；请回到本步的模型</translation>
    </message>
</context>
<context>
    <name>DiagramScene</name>
    <message>
        <source>click for the equation with the numbers</source>
        <translation>点击查看代入数值的方程</translation>
    </message>
</context>
<context>
    <name>EquationsPanel</name>
    <message>
        <source>one unit j (sums over k)</source>
        <extracomment>form -&gt; its name, translated where it is shown</extracomment>
        <translation>单个单元 j（对 k 求和）</translation>
    </message>
    <message>
        <source>vectors (⊙ element-wise)</source>
        <translation>向量形式（⊙ 逐元素相乘）</translation>
    </message>
    <message>
        <source>gates stacked: W·[h, x]</source>
        <translation>门堆叠：W·[h, x]</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>How the equations are written: for one unit j, in vectors, or with the gates stacked into one matrix applied to [hₜ₋₁; xₜ], the concatenated form W·[hₜ₋₁, xₜ]</source>
        <translation>方程的写法：针对单个单元 j、向量形式，或把各个门堆叠成一个作用于 [hₜ₋₁; xₜ] 的矩阵，即拼接形式 W·[hₜ₋₁, xₜ]</translation>
    </message>
    <message>
        <source>Whose numbers fill in the equations</source>
        <translation>方程中代入哪个单元的数值</translation>
    </message>
    <message>
        <source>The equations could not be derived: {error}</source>
        <translation>无法推导方程：{error}</translation>
    </message>
    <message>
        <source>type an input sequence to fill in the numbers</source>
        <translation>输入一个序列以代入数值</translation>
    </message>
    <message>
        <source>numbers at &lt;b&gt;t = {t}&lt;/b&gt;, input &lt;b&gt;{token}&lt;/b&gt;, unit &lt;b&gt;j = {unit}&lt;/b&gt;</source>
        <translation>&lt;b&gt;t = {t}&lt;/b&gt; 时的数值，输入 &lt;b&gt;{token}&lt;/b&gt;，单元 &lt;b&gt;j = {unit}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>numbers at &lt;b&gt;t = {t}&lt;/b&gt;, unit &lt;b&gt;j = {unit}&lt;/b&gt;</source>
        <translation>&lt;b&gt;t = {t}&lt;/b&gt; 时的数值，单元 &lt;b&gt;j = {unit}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit j needs only row j of each matrix: the Σₖ sums run along that row, and everything after them (⊙) goes unit by unit.</source>
        <translation>单元 j 只需要每个矩阵的第 j 行：求和 Σₖ 沿这一行进行，之后的一切（⊙）都逐个单元计算。</translation>
    </message>
    <message>
        <source>&lt;i&gt;rendering…&lt;/i&gt;</source>
        <translation>&lt;i&gt;正在渲染…&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Experiment</name>
    <message>
        <source>peephole LSTM</source>
        <extracomment>The cells&apos; names, translated where they are shown.</extracomment>
        <translation>窥视孔 LSTM</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <extracomment>How a line of the legend draws each style.</extracomment>
        <translation>序列长度</translation>
    </message>
    <message>
        <source>Your input repeated to this many steps; the only target is at the end</source>
        <translation>把你的输入重复到这么多步；唯一的目标在最后</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>The seed of the fresh RNN, LSTM and GRU</source>
        <translation>新建 RNN、LSTM 和 GRU 所用的随机种子</translation>
    </message>
    <message>
        <source>add the open model</source>
        <translation>加入当前打开的模型</translation>
    </message>
    <message>
        <source>Also run your model (with your weights) — edit them and watch its line move</source>
        <translation>也运行你的模型（用你的权重）——修改权重，看它的曲线如何移动</translation>
    </message>
    <message>
        <source>gradient reaching back d steps from the loss, relative to d = 0</source>
        <translation>从损失回传 d 步的梯度，相对于 d = 0</translation>
    </message>
    <message>
        <source>distance d from the loss (steps back)</source>
        <translation>与损失的距离 d（回退步数）</translation>
    </message>
    <message>
        <source>your {cell}</source>
        <translation>你的 {cell}</translation>
    </message>
    <message>
        <source>{curve}  ×{factor} per step</source>
        <translation>{curve}  每步 ×{factor}</translation>
    </message>
    <message>
        <source>{cell}: the carousel alone, Π fₜ</source>
        <translation>{cell}：仅传送带，Π fₜ</translation>
    </message>
    <message>
        <source>constant error carousel</source>
        <translation>恒定误差传送带</translation>
    </message>
    <message>
        <source>Your input repeated to {steps} steps; the only target is at the end: the first token &lt;b&gt;{token}&lt;/b&gt;. A high line: the gradient still arrives from that far back. The RNN multiplies it by W_hhᵀ diag(tanh′) at every step; the LSTM&apos;s cell state only by fₜ — the &lt;b&gt;constant error carousel&lt;/b&gt; (dotted). A fresh LSTM has b_f = 1 (f ≈ 0.73), so its carousel fades too: try “Vanishing vs the carousel”.</source>
        <translation>你的输入重复到 {steps} 步；唯一的目标在末尾：第一个词元 &lt;b&gt;{token}&lt;/b&gt;。曲线越高，说明梯度仍能从那么远的地方传回来。RNN 每一步都把它乘以 W_hhᵀ diag(tanh′)；LSTM 的细胞状态只乘以 fₜ——这就是&lt;b&gt;恒定误差传送带&lt;/b&gt;（点线）。新建的 LSTM 的 b_f = 1（f ≈ 0.73），所以它的传送带也会衰减：试试“梯度消失与传送带”。</translation>
    </message>
    <message>
        <source>“per step” is the average factor over the first 20 steps back.</source>
        <translation>“每步”是向前回溯的前 20 步上的平均因子。</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>{quantity} at {when} (input {token})</source>
        <translation>{quantity}，{when}（输入 {token}）</translation>
    </message>
    <message>
        <source>{p} = {softmax}, the scores {scores}</source>
        <translation>{p} = {softmax}，得分 {scores}</translation>
    </message>
    <message>
        <source>{head}: {scores}
{working}
(the scores are large, so every {exp} is first divided by {top}: the ratio stays the same and nothing overflows)</source>
        <translation>{head}：{scores}
{working}
（得分很大，所以每个 {exp} 先除以 {top}：比值不变，也不会溢出）</translation>
    </message>
    <message>
        <source>loss at {when} = {working}
{total}</source>
        <translation>{when} 的损失 = {working}
{total}</translation>
    </message>
    <message>
        <source>{head}
= {fn}(pre-activation) = {fn}({pre}) = {value}</source>
        <translation>{head}
= {fn}(预激活值) = {fn}({pre}) = {value}</translation>
    </message>
    <message>
        <source>step {t} has no target: it adds nothing to the loss</source>
        <translation>第 {t} 步没有目标：它对损失没有贡献</translation>
    </message>
    <message>
        <source>{x} is the one-hot vector of &lt;b&gt;{token}&lt;/b&gt;, so each {sum} is the single entry {entry}.</source>
        <translation>{x} 是 &lt;b&gt;{token}&lt;/b&gt; 的独热向量，所以每个 {sum} 就是单个元素 {entry}。</translation>
    </message>
    <message>
        <source>{equation} &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;(weights {first} and {second})&lt;/span&gt;</source>
        <translation>{equation} &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;（权重 {first} 和 {second}）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{equation} &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;(every {ey} divided by {shift}; {token} is the predicted token)&lt;/span&gt;</source>
        <translation>{equation} &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;（每个 {ey} 都除以 {shift}；{token} 是预测的词元）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{equation} &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;({token} is the predicted token)&lt;/span&gt;</source>
        <translation>{equation} &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;（{token} 是预测的词元）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{x} is the output of layer {layer} at this step (its h, {count} numbers).</source>
        <translation>{x} 是第 {layer} 层在这一步的输出（它的 h，共 {count} 个数）。</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>negating {w}, {u} and {b} and switching to {option} gives the same network</source>
        <translation>把 {w}、{u} 和 {b} 取反并改用 {option}，得到的是同一个网络</translation>
    </message>
    <message>
        <source>Keras&apos;s {layer} layer</source>
        <translation>Keras 的 {layer} 层</translation>
    </message>
    <message>
        <source>{field} is not zero and a Keras .npz holds weights only (set the initial state to zero, or pass it as {argument} when calling the layer)</source>
        <translation>{field} 不为零，而 Keras 的 .npz 只保存权重（请把初始状态设为零，或在调用该层时通过 {argument} 传入）</translation>
    </message>
    <message>
        <source>{lstm} has no peephole connections ({params})</source>
        <translation>{lstm} 没有窥视孔连接（{params}）</translation>
    </message>
    <message>
        <source>{gru} applies the reset gate after {term} ({option}); this model resets before ({other})</source>
        <translation>{gru} 在 {term} 之后应用重置门（{option}）；这个模型在之前重置（{other}）</translation>
    </message>
    <message>
        <source>in {gru} z keeps the old state ({equation}, {option}); this model uses {other} ({hint})</source>
        <translation>在 {gru} 中 z 保留旧状态（{equation}，{option}）；这个模型用的是 {other}（{hint}）</translation>
    </message>
    <message>
        <source>{gru} always has a reset gate; this model is the simplified GRU ({option})</source>
        <translation>{gru} 总是有重置门；这个模型是简化版 GRU（{option}）</translation>
    </message>
    <message>
        <source>cannot export to {framework}: {reason}</source>
        <translation>无法导出到 {framework}：{reason}</translation>
    </message>
</context>
<context>
    <name>FocusControls</name>
    <message>
        <source>Unit &lt;i&gt;j&lt;/i&gt;</source>
        <translation>单元 &lt;i&gt;j&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
</context>
<context>
    <name>GatePlots</name>
    <message>
        <source>saturated: the gate&apos;s derivative is below 0.05 here, so little gradient flows through it</source>
        <extracomment>Above this many units the curves of one plot are drawn as a single item in one colour. Above this many cells a heat map shows no numbers. pyqtgraph&apos;s views stop at ±1e307, and it refuses an infinite range (&quot;Cannot set range [-inf, inf]&quot;). Plots a grid keeps ready: the most quantities of any cell (the LSTM&apos;s f, i, g, o, c and h). How long after a rebuild a grid starts making its spare plots (after the window has painted), and how long the numbers must have rested before it makes one (a plot is 13-15 ms: never during a slider drag). How far the saturation bands reach along the time axis, either way (past any number of steps). The delay between two plots made one per turn: 1 ms, a timer (a 0 ms single shot is a posted event, and Qt delivers every posted event before any timer: the plots would all be made in one turn).</extracomment>
        <translation>饱和：这里门的导数小于 0.05，几乎没有梯度能通过</translation>
    </message>
    <message numerus="yes">
        <source>%n units, one line each</source>
        <translation>
            <numerusform>%n 个单元，每个单元一条线</numerusform>
        </translation>
    </message>
    <message>
        <source>grey bands: saturated (slope &amp;lt; 0.05)</source>
        <translation>灰色带：饱和（斜率 &amp;lt; 0.05）</translation>
    </message>
    <message>
        <source>orange line: current step</source>
        <translation>橙色线：当前步</translation>
    </message>
    <message>
        <source>σ gates: dark 0 → yellow 1 &amp;nbsp;&amp;nbsp; others: &lt;span style=&apos;color:{negative}&apos;&gt;blue −&lt;/span&gt; · grey 0 · &lt;span style=&apos;color:{positive}&apos;&gt;yellow +&lt;/span&gt;</source>
        <translation>σ 门：深色 0 → 黄色 1 &amp;nbsp;&amp;nbsp; 其他：&lt;span style=&apos;color:{negative}&apos;&gt;蓝 −&lt;/span&gt; · 灰 0 · &lt;span style=&apos;color:{positive}&apos;&gt;黄 +&lt;/span&gt;</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单元</translation>
    </message>
</context>
<context>
    <name>Generation</name>
    <message>
        <source>tokens to start from, e.g. BUS</source>
        <extracomment>The temperature slider runs over 0 … MAX_TEMPERATURE in steps of 1 / TEMPERATURE_STEPS.</extracomment>
        <translation>起始词元，例如 BUS</translation>
    </message>
    <message>
        <source>prime</source>
        <translation>开头</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>抽取</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>个词元</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>0 (greedy)</source>
        <translation>0（贪心）</translation>
    </message>
    <message>
        <source>A bidirectional model reads the sequence backwards too; it cannot generate.</source>
        <translation>双向模型也会反向读取序列，因此无法用于生成。</translation>
    </message>
    <message>
        <source>step {t}: read {read}, drew {drawn} with p = {p}</source>
        <translation>第 {t} 步：读入 {read}，以 p = {p} 抽到 {drawn}</translation>
    </message>
    <message>
        <source>(model&apos;s own p = {p})</source>
        <translation>（模型自身的 p = {p}）</translation>
    </message>
    <message>
        <source>the distribution of the first token to draw</source>
        <translation>第一个待抽取词元的分布</translation>
    </message>
</context>
<context>
    <name>GradientDemos</name>
    <message>
        <source>Vanishing vs the carousel</source>
        <translation>梯度消失与传送带</translation>
    </message>
    <message>
        <source>Opens an LSTM with b_f = 5 (f ≈ 0.99) and compares it with a fresh RNN, LSTM and GRU: the RNN&apos;s gradient fades within a few steps, the LSTM&apos;s cell state carries it back almost unchanged.</source>
        <translation>打开一个 b_f = 5（f ≈ 0.99）的 LSTM，并与新建的 RNN、LSTM 和 GRU 比较：RNN 的梯度在几步之内就消失了，而 LSTM 的细胞状态几乎原样把它传回。</translation>
    </message>
    <message>
        <source>Explosion (relu)</source>
        <translation>梯度爆炸（relu）</translation>
    </message>
    <message>
        <source>Opens an Elman RNN with relu and W_hh = 2·I: relu&apos;s slope is 1, so every step back doubles the gradient.</source>
        <translation>打开一个使用 relu 且 W_hh = 2·I 的 Elman RNN：relu 的斜率为 1，所以每回退一步梯度就翻一倍。</translation>
    </message>
    <message>
        <source>Saturation (tanh)</source>
        <translation>饱和（tanh）</translation>
    </message>
    <message>
        <source>The same W_hh = 2·I with tanh: its largest eigenvalue is 2, yet the gradient vanishes, because tanh saturates and its slope shrinks every step.</source>
        <translation>同样的 W_hh = 2·I，但用 tanh：其最大特征值为 2，梯度却仍然消失，因为 tanh 饱和，其斜率每一步都在变小。</translation>
    </message>
</context>
<context>
    <name>GradientLab</name>
    <message>
        <source>The parameter whose gradient the lab explains</source>
        <extracomment>Above this much work (steps × units² × gates) the finite differences run on the worker, once the numbers rest (like the symbolic part). While numbers keep changing (a slider drag) the symbolic part waits until they rest this long: a story told in the window&apos;s process shares its interpreter with the window. Up to this much work (steps × units² × gates × layers) the story is told in the window&apos;s process from the formulas written ahead of time — a few milliseconds for the presets, at once, as the small finite differences are computed; no process to wait for, no sympy. Above it the symbolic process tells it, so a long chain through the steps never holds the window (docs/performance.md). ... a moment after the update that asked for it, once the window has painted that update.</extracomment>
        <translation>实验室要解释其梯度的参数</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Undo brings your model back.</source>
        <translation>撤销即可恢复你的模型。</translation>
    </message>
    <message>
        <source>Demos:</source>
        <translation>演示：</translation>
    </message>
    <message>
        <source>Gradient views</source>
        <translation>梯度视图</translation>
    </message>
    <message>
        <source>dL/dθ of every entry as a heat map</source>
        <translation>每个元素的 dL/dθ 热图</translation>
    </message>
    <message>
        <source>dL/dθ explained</source>
        <translation>dL/dθ 详解</translation>
    </message>
    <message>
        <source>per step</source>
        <translation>逐步</translation>
    </message>
    <message>
        <source>‖dL/dhₜ‖ (and ‖dL/dcₜ‖) over time, log scale (a gap: exactly 0)</source>
        <translation>‖dL/dhₜ‖（和 ‖dL/dcₜ‖）随时间的变化，对数刻度（空缺处：恰好为 0）</translation>
    </message>
    <message>
        <source>how much hₖ still moves hₜ: ‖∂hₜ/∂hₖ‖ for the current t (orange line), largest singular value</source>
        <translation>hₖ 对 hₜ 的影响还有多大：当前 t（橙色线）的 ‖∂hₜ/∂hₖ‖，取最大奇异值</translation>
    </message>
    <message>
        <source>through time</source>
        <translation>随时间</translation>
    </message>
    <message>
        <source>The eigenvalues of W_hh belong to the Elman RNN, whose state is multiplied by W_hh at every step: open an RNN to see them. For this cell, the “through time” page shows the Jacobian products that play the same part.</source>
        <translation>W_hh 的特征值属于 Elman RNN，它的状态在每一步都乘以 W_hh：打开一个 RNN 才能看到它们。对于这种单元，“随时间”页面显示起同样作用的雅可比矩阵乘积。</translation>
    </message>
    <message>
        <source>eigenvalues of Wₕₕ</source>
        <translation>Wₕₕ 的特征值</translation>
    </message>
    <message>
        <source>RNN vs LSTM vs GRU</source>
        <translation>RNN、LSTM 与 GRU 对比</translation>
    </message>
    <message>
        <source>BPTT (engine)</source>
        <translation>BPTT（引擎）</translation>
    </message>
    <message>
        <source>dL/dθ from backpropagation through time</source>
        <translation>由通过时间反向传播得到的 dL/dθ</translation>
    </message>
    <message>
        <source>finite differences</source>
        <translation>有限差分</translation>
    </message>
    <message>
        <source>(−L(θ+2ε) + 8L(θ+ε) − 8L(θ−ε) + L(θ−2ε)) / 12ε, ε = 10⁻³, and its relative error against BPTT</source>
        <translation>(−L(θ+2ε) + 8L(θ+ε) − 8L(θ−ε) + L(θ−2ε)) / 12ε，ε = 10⁻³，以及它相对 BPTT 的相对误差</translation>
    </message>
    <message>
        <source>from the formulas</source>
        <translation>由公式得到</translation>
    </message>
    <message>
        <source>Σ over steps of the sympy-derived local derivatives times dL/dh (and dL/dc): the sum below</source>
        <translation>对各步求和：sympy 推导的局部导数乘以 dL/dh（和 dL/dc），即下方的求和</translation>
    </message>
    <message>
        <source>where the local derivatives, derived by sympy, are</source>
        <translation>其中由 sympy 推导的局部导数为</translation>
    </message>
    <message>
        <source>The gradient explained</source>
        <translation>梯度详解</translation>
    </message>
    <message>
        <source>demo: {title}</source>
        <translation>演示：{title}</translation>
    </message>
    <message>
        <source>type an input sequence (with a target) to see gradients</source>
        <translation>输入一个（带目标的）序列以查看梯度</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>relative error {error}</source>
        <translation>相对误差 {error}</translation>
    </message>
    <message>
        <source>the loss over the whole sequence</source>
        <translation>整个序列上的损失</translation>
    </message>
    <message>
        <source>at t = &lt;b&gt;{t}&lt;/b&gt; of {steps}</source>
        <translation>在 t = &lt;b&gt;{t}&lt;/b&gt;（共 {steps} 步）</translation>
    </message>
    <message>
        <source>deriving…</source>
        <translation>正在推导…</translation>
    </message>
    <message>
        <source>at t = {t}, with the numbers:</source>
        <translation>在 t = {t}，代入数值：</translation>
    </message>
    <message>
        <source>The formulas could not be evaluated: {error}</source>
        <translation>无法计算公式的值：{error}</translation>
    </message>
    <message>
        <source>other units</source>
        <translation>其他单元</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>the {shown} largest of {steps} steps</source>
        <translation>{steps} 步中最大的 {shown} 步</translation>
    </message>
    <message>
        <source>adds</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Σ over every step = &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>对所有步求和 = &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>dL/d{name} (click an entry to explain it)</source>
        <translation>dL/d{name}（点击某一项查看解释）</translation>
    </message>
    <message>
        <source>layer {layer}</source>
        <translation>第 {layer} 层</translation>
    </message>
    <message>
        <source>{norm}: the constant error carousel ({factor} per step)</source>
        <translation>{norm}：恒定误差传送带（每步 {factor}）</translation>
    </message>
    <message>
        <source>saturated: the activation&apos;s slope averages below {slope} here, so these steps shrink the gradient</source>
        <translation>饱和：这里激活函数的斜率平均低于 {slope}，所以这些步会使梯度变小</translation>
    </message>
    <message>
        <source>Grey bands: saturated steps. {verdict}</source>
        <translation>灰色带：饱和的步。{verdict}</translation>
    </message>
</context>
<context>
    <name>GradientPlots</name>
    <message>
        <source>each step&apos;s part of dL/dθ: ‖part‖, log colour scale</source>
        <extracomment>The narrowest a heat map may be, whatever its plot needs. Curves of up to this many points mark each point with a dot.</extracomment>
        <translation>每一步对 dL/dθ 的贡献：‖贡献‖，对数色阶</translation>
    </message>
    <message>
        <source>{name} at t = {t}: ‖part of dL/d{name}‖ = {value}</source>
        <translation>{name} 在 t = {t}：‖dL/d{name} 的贡献‖ = {value}</translation>
    </message>
    <message>
        <source>eigenvalues λ of W_hh and the unit circle |λ| = 1</source>
        <translation>W_hh 的特征值 λ 与单位圆 |λ| = 1</translation>
    </message>
    <message>
        <source>largest |λ| = {radius} (outside the unit circle)</source>
        <translation>最大 |λ| = {radius}（在单位圆外）</translation>
    </message>
    <message>
        <source>largest |λ| = {radius} (inside the unit circle)</source>
        <translation>最大 |λ| = {radius}（在单位圆内）</translation>
    </message>
</context>
<context>
    <name>GradientStory</name>
    <message>
        <source>shrinks, about ×{factor} per step back: it vanishes</source>
        <translation>在缩小，每往回一步约 ×{factor}：它在消失</translation>
    </message>
    <message>
        <source>overflows (inf or NaN)</source>
        <translation>溢出了（inf 或 NaN）</translation>
    </message>
    <message>
        <source>grows, about ×{factor} per step back: it explodes</source>
        <translation>在增大，每往回一步约 ×{factor}：它在爆炸</translation>
    </message>
    <message>
        <source>keeps its size (×{factor} per step back)</source>
        <translation>大小保持不变（每往回一步 ×{factor}）</translation>
    </message>
    <message>
        <source>{gate}, the weight on the old state</source>
        <translation>{gate}，即旧状态的权重</translation>
    </message>
    <message>
        <source>{gate}: the constant error carousel, {derivative} with no activation slope in the way</source>
        <translation>{gate}：恒定误差传送带，{derivative}，中间没有激活函数的斜率</translation>
    </message>
    <message>
        <source>raise {bias} ({gate} towards {value})</source>
        <translation>请增大 {bias}（让 {gate} 趋向 {value}）</translation>
    </message>
    <message>
        <source>Through {path} the gradient is multiplied at every step by {gate}. It averages {keep} here, a memory of about {memory} steps; measured over the {steps} steps the gradient {trend}.</source>
        <translation>沿着 {path}，梯度每一步都要乘以 {gate}。它在这里平均为 {keep}，相当于约 {memory} 步的记忆；在这 {steps} 步上测得，梯度{trend}。</translation>
    </message>
    <message>
        <source>relu has slope {one} wherever {positive} (and {zero} elsewhere), so nothing else scales it: W_hh decides alone.</source>
        <translation>relu 在 {positive} 处斜率为 {one}（其他地方为 {zero}），所以没有别的因素缩放它：完全由 W_hh 决定。</translation>
    </message>
    <message>
        <source>But tanh saturates at {where} of {steps} steps (|h| near {one}): tanh′(aₜ) averages {mean}, and every step back multiplies the gradient by {jacobian}.</source>
        <translation>但 tanh 在 {steps} 步中有 {where} 步饱和（|h| 接近 {one}）：tanh′(aₜ) 平均为 {mean}，每往回一步，梯度都要乘以 {jacobian}。</translation>
    </message>
    <message>
        <source>tanh′(aₜ) averages {mean} ({bound}), and every step back multiplies the gradient by {jacobian}.</source>
        <translation>tanh′(aₜ) 平均为 {mean}（{bound}），每往回一步，梯度都要乘以 {jacobian}。</translation>
    </message>
    <message>
        <source>Measured over these {steps} steps the gradient {trend}.</source>
        <translation>在这 {steps} 步上测得，梯度{trend}。</translation>
    </message>
    <message>
        <source>lower {bias} ({gate} towards {value})</source>
        <translation>请减小 {bias}（让 {gate} 趋向 {value}）</translation>
    </message>
    <message>
        <source>To carry it much further, {towards}.</source>
        <translation>要把它传得更远，{towards}。</translation>
    </message>
    <message>
        <source>tanh(c) saturates at some steps, which blocks the way from c to h there — but not the carousel itself.</source>
        <translation>tanh(c) 在某些步饱和，在那里挡住了从 c 到 h 的路——但挡不住传送带本身。</translation>
    </message>
    <message>
        <source>The largest |λ| of W_hh is {radius}, outside the unit circle: W_hh alone would make h and the gradient grow by up to ×{radius} per step.</source>
        <translation>W_hh 的最大 |λ| 是 {radius}，在单位圆之外：仅 W_hh 就会让 h 和梯度每步最多增长 ×{radius}。</translation>
    </message>
    <message>
        <source>The largest |λ| of W_hh is {radius}, inside the unit circle: W_hh alone already shrinks the gradient at every step.</source>
        <translation>W_hh 的最大 |λ| 是 {radius}，在单位圆之内：仅 W_hh 就已在每一步使梯度变小。</translation>
    </message>
    <message>
        <source>Saturation, not W_hh, kills it; with tanh the gradient can never explode for long — try relu to see an explosion.</source>
        <translation>扼杀它的是饱和，而不是 W_hh；用 tanh 时梯度永远不会长时间爆炸——试试 relu 就能看到爆炸。</translation>
    </message>
    <message>
        <source>{deltas} are {dh} and {dc} through the later steps; the backward direction counts {t} as its own steps.</source>
        <translation>{deltas} 是经过后面各步的 {dh} 和 {dc}；反向方向按它自己的步数计 {t}。</translation>
    </message>
    <message>
        <source>step {t} has no target, so it adds nothing to the output layer&apos;s gradient.</source>
        <translation>第 {t} 步没有目标，所以它对输出层的梯度没有贡献。</translation>
    </message>
</context>
<context>
    <name>Holds</name>
    <message>
        <source>Locked: {reason}.</source>
        <extracomment>The QSettings key that remembers that the welcome card was answered (it never shows again by itself). name -&gt; how to raise it (``show_panel`` and ``--panel``) the lesson playing in the window (``lstm_studio.app.lessons.mode.LessonMode``), or None the lesson being recorded by File ▸ New lesson from here (``app.lessons.recorder.Recording``) the welcome card and the tour, while they are on screen</extracomment>
        <translation>已锁定：{reason}。</translation>
    </message>
    <message>
        <source>the lesson holds entries of this table in this step</source>
        <translation>本课在这一步锁定了此表的部分条目</translation>
    </message>
    <message>
        <source>the lesson</source>
        <translation>本课</translation>
    </message>
    <message>
        <source>the cell type</source>
        <translation>单元类型</translation>
    </message>
    <message>
        <source>the cell&apos;s conventions</source>
        <translation>单元的约定</translation>
    </message>
    <message>
        <source>the hidden size</source>
        <translation>隐藏层大小</translation>
    </message>
    <message>
        <source>the number of layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>the direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>the vocabulary</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>the model (no preset may replace it)</source>
        <translation>模型（不能用预设替换）</translation>
    </message>
    <message>
        <source>the weights (no fresh model from a seed)</source>
        <translation>权重（不能由种子新建模型）</translation>
    </message>
    <message>
        <source>the input sequence</source>
        <translation>输入序列</translation>
    </message>
    <message>
        <source>the targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>the initial state</source>
        <translation>初始状态</translation>
    </message>
    <message>
        <source>{who} holds {what} in this step</source>
        <translation>{who}在这一步锁定了{what}</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>as given</source>
        <translation>按给定的</translation>
    </message>
    <message>
        <source>stored in the file</source>
        <translation>保存在文件中</translation>
    </message>
    <message>
        <source>generic tokens; give the real ones with {option}</source>
        <translation>通用词元；请用 {option} 给出真实的词元</translation>
    </message>
    <message>
        <source>input size {inputs}, hidden size {hidden}, {layers}</source>
        <translation>输入大小 {inputs}，隐藏层大小 {hidden}，{layers}</translation>
    </message>
    <message>
        <source>{count} layer</source>
        <translation>{count} 层</translation>
    </message>
    <message>
        <source>{count} stacked layers</source>
        <translation>{count} 个堆叠层</translation>
    </message>
    <message>
        <source>{shape}, bidirectional</source>
        <translation>{shape}，双向</translation>
    </message>
    <message>
        <source>cell {cell} ({options}), {shape}</source>
        <translation>单元 {cell}（{options}），{shape}</translation>
    </message>
    <message>
        <source>cell {cell}, {shape}</source>
        <translation>单元 {cell}，{shape}</translation>
    </message>
    <message>
        <source>output layer: {name}</source>
        <translation>输出层：{name}</translation>
    </message>
    <message>
        <source>output layer: none found ({w} and {b} set to {zero})</source>
        <translation>输出层：未找到（{w} 和 {b} 设为 {zero}）</translation>
    </message>
    <message>
        <source>read {file}: {layer}</source>
        <translation>已读取 {file}：{layer}</translation>
    </message>
    <message>
        <source>vocabulary ({origin}): {tokens}</source>
        <translation>词表（{origin}）：{tokens}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>注：{note}</translation>
    </message>
</context>
<context>
    <name>InputErrors</name>
    <message>
        <source>{file}: cannot write ({reason})</source>
        <translation>{file}：无法写入（{reason}）</translation>
    </message>
    <message>
        <source>{field}: expected a list (shape {shape}), got {value}</source>
        <translation>{field}：应为列表（形状 {shape}），实际是 {value}</translation>
    </message>
    <message>
        <source>{field}: expected {count} entries, got {got} (expected shape {shape})</source>
        <translation>{field}：应有 {count} 个元素，实际有 {got} 个（应为形状 {shape}）</translation>
    </message>
    <message>
        <source>{field}: expected a number, got {value}</source>
        <translation>{field}：应为数字，实际是 {value}</translation>
    </message>
    <message>
        <source>{field}: {value} is not a finite number</source>
        <translation>{field}：{value} 不是有限数</translation>
    </message>
    <message>
        <source>{field}: {value} is outside the allowed range {low}..{high}</source>
        <translation>{field}：{value} 超出允许范围 {low}..{high}</translation>
    </message>
    <message>
        <source>{field}: expected a whole number, got {value}</source>
        <translation>{field}：应为整数，实际是 {value}</translation>
    </message>
    <message>
        <source>{field}: expected a non-empty list of tokens</source>
        <translation>{field}：应为非空的词元列表</translation>
    </message>
    <message>
        <source>{what}: expected a JSON object at the top level</source>
        <translation>{what}：顶层应为 JSON 对象</translation>
    </message>
    <message>
        <source>{field}: expected {expected}, got {value}</source>
        <translation>{field}：应为 {expected}，实际是 {value}</translation>
    </message>
    <message>
        <source>{field}: {found} is not supported (this LSTM Studio reads version {version})</source>
        <translation>{field}：不支持 {found}（此版本的 LSTM Studio 读取版本 {version}）</translation>
    </message>
    <message>
        <source>{field}: unknown key in a version {version} model file</source>
        <translation>{field}：版本 {version} 的模型文件中的未知键</translation>
    </message>
    <message>
        <source>{field}: missing or not a string</source>
        <translation>{field}：缺失或不是字符串</translation>
    </message>
    <message>
        <source>{field}: missing or not an object</source>
        <translation>{field}：缺失或不是对象</translation>
    </message>
    <message>
        <source>{field}: not a parameter of this {cell} model (expected {expected})</source>
        <translation>{field}：不是这个 {cell} 模型的参数（应为 {expected}）</translation>
    </message>
    <message>
        <source>{field}: {value}, too large for float64</source>
        <translation>{field}：{value}，超出 float64 的范围</translation>
    </message>
    <message>
        <source>{field}: missing</source>
        <translation>{field}：缺失</translation>
    </message>
    <message>
        <source>{field}: expected a non-empty string</source>
        <translation>{field}：应为非空字符串</translation>
    </message>
    <message>
        <source>{field}: {token} appears twice</source>
        <translation>{field}：{token} 出现了两次</translation>
    </message>
    <message>
        <source>{field}: missing (shape {shape})</source>
        <translation>{field}：缺失（形状 {shape}）</translation>
    </message>
    <message>
        <source>invalid JSON at line {line}, column {column}: {problem}</source>
        <translation>第 {line} 行第 {column} 列的 JSON 无效：{problem}</translation>
    </message>
    <message>
        <source>invalid JSON: nested too deeply</source>
        <translation>JSON 无效：嵌套过深</translation>
    </message>
    <message>
        <source>{file}: not a text file (not valid UTF-8)</source>
        <translation>{file}：不是文本文件（不是有效的 UTF-8）</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>a model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <source>a lesson file</source>
        <translation>课程文件</translation>
    </message>
    <message>
        <source>a weight file</source>
        <translation>权重文件</translation>
    </message>
    <message>
        <source>a progress file</source>
        <translation>进度文件</translation>
    </message>
    <message>
        <source>an answers file</source>
        <translation>答案文件</translation>
    </message>
    <message>
        <source>{file}: cannot read ({reason})</source>
        <translation>{file}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{file}: is a folder, not {kind}</source>
        <translation>{file}：是文件夹，不是{kind}</translation>
    </message>
    <message>
        <source>{file}: not a regular file (a device, a pipe or a socket), not {kind}</source>
        <translation>{file}：不是普通文件（而是设备、管道或套接字），不是{kind}</translation>
    </message>
    <message>
        <source>{file}: {size}, larger than the limit of {limit} for {kind}</source>
        <translation>{file}：{size}，超过了{kind}的上限 {limit}</translation>
    </message>
    <message>
        <source>{file}: larger than the limit of {limit} for {kind}</source>
        <translation>{file}：超过了{kind}的上限 {limit}</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}：文件不存在</translation>
    </message>
    <message>
        <source>{what}: no tokens given</source>
        <translation>{what}：没有给出词元</translation>
    </message>
    <message>
        <source>{what}: {count} tokens, more than the limit of {limit}</source>
        <translation>{what}：{count} 个词元，超过上限 {limit}</translation>
    </message>
    <message>
        <source>{field}: unknown cell {cell} (expected one of {expected})</source>
        <translation>{field}：未知单元类型 {cell}（应为 {expected} 之一）</translation>
    </message>
    <message>
        <source>{field}: unknown option for cell {cell} (valid: {valid})</source>
        <translation>{field}：单元 {cell} 没有这个选项（有效选项：{valid}）</translation>
    </message>
    <message>
        <source>{field}: {value} is not one of {allowed} for cell {cell}</source>
        <translation>{field}：对单元 {cell} 来说，{value} 不是 {allowed} 之一</translation>
    </message>
    <message>
        <source>{field}: unknown option for cell {cell} (valid: none)</source>
        <translation>{field}：单元 {cell} 没有这个选项（它没有任何选项）</translation>
    </message>
    <message>
        <source>a number of {digits} digits</source>
        <translation>一个 {digits} 位的数</translation>
    </message>
    <message>
        <source>a list of {count} entries</source>
        <translation>一个含 {count} 个元素的列表</translation>
    </message>
    <message>
        <source>an object with {count} keys</source>
        <translation>一个含 {count} 个键的对象</translation>
    </message>
    <message>
        <source>contains a lone surrogate {code}, which is not valid Unicode text</source>
        <translation>含有单独的代理码位 {code}，不是有效的 Unicode 文本</translation>
    </message>
    <message>
        <source>contains the control character {code}</source>
        <translation>含有控制字符 {code}</translation>
    </message>
    <message>
        <source>vocabulary</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>hidden size</source>
        <translation>隐藏层大小</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>{what}: {count} parameters, more than the limit of {limit}; use fewer hidden units, layers or tokens</source>
        <translation>{what}：{count} 个参数，超过上限 {limit}；请减少隐藏单元、层数或词元</translation>
    </message>
    <message>
        <source>{field}: expected a string</source>
        <translation>{field}：应为字符串</translation>
    </message>
    <message>
        <source>{field}: expected an object</source>
        <translation>{field}：应为对象</translation>
    </message>
    <message>
        <source>{field}: expected true or false</source>
        <translation>{field}：应为 true 或 false</translation>
    </message>
    <message>
        <source>{what}: {name} {value} is above the limit of {limit}</source>
        <translation>{what}：{name} {value} 超过上限 {limit}</translation>
    </message>
    <message>
        <source>{field}: appears twice in the same object</source>
        <translation>{field}：在同一个对象中出现了两次</translation>
    </message>
    <message>
        <source>{field}: longer than {limit} characters</source>
        <translation>{field}：超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>{field}: {token} contains white space, which separates multi-character tokens</source>
        <translation>{field}：{token} 含有空白字符，而空白用于分隔多字符词元</translation>
    </message>
    <message>
        <source>{field}: not a state of this model (expected {expected})</source>
        <translation>{field}：不是这个模型的状态（应为 {expected}）</translation>
    </message>
    <message>
        <source>{what}: a token appears twice</source>
        <translation>{what}：有一个词元出现了两次</translation>
    </message>
    <message>
        <source>{what}: tokens are at most {limit} characters long</source>
        <translation>{what}：词元最长 {limit} 个字符</translation>
    </message>
    <message>
        <source>{what}: unknown token {token} at position {position} (vocabulary: {vocab})</source>
        <translation>{what}：第 {position} 个位置是未知词元 {token}（词表：{vocab}）</translation>
    </message>
    <message>
        <source>accepted: one row per line or rows split by {semicolon}, numbers split by commas, tabs or spaces, e.g. {rows} or {matlab} (Matlab) or {numpy} (NumPy)</source>
        <translation>可接受的格式：每行文本一行矩阵，或用 {semicolon} 分隔各行，数字之间用逗号、制表符或空格分隔，例如 {rows} 或 {matlab}（Matlab）或 {numpy}（NumPy）</translation>
    </message>
    <message>
        <source>paste: {problem} ({formats})</source>
        <translation>粘贴：{problem}（{formats}）</translation>
    </message>
    <message>
        <source>a bracket is not closed</source>
        <translation>有括号未闭合</translation>
    </message>
    <message>
        <source>the clipboard holds no numbers</source>
        <translation>剪贴板中没有数字</translation>
    </message>
    <message>
        <source>the rows have different numbers of values (row {first}: {count}, row {row}: {other})</source>
        <translation>各行的数值个数不同（第 {first} 行：{count} 个，第 {row} 行：{other} 个）</translation>
    </message>
    <message>
        <source>paste: got a {got} matrix, this table is {shape}</source>
        <translation>粘贴：得到的是 {got} 矩阵，而此表是 {shape}</translation>
    </message>
    <message>
        <source>paste: every value must be a finite number</source>
        <translation>粘贴：每个值都必须是有限数</translation>
    </message>
    <message>
        <source>the lists inside the outer {brackets} must hold numbers only</source>
        <translation>外层 {brackets} 中的列表只能包含数字</translation>
    </message>
    <message>
        <source>row {row}: {typed} is not a number</source>
        <translation>第 {row} 行：{typed} 不是数字</translation>
    </message>
    <message>
        <source>{field}: {token} is not in the vocabulary ({vocabulary})</source>
        <translation>{field}：{token} 不在词表中（{vocabulary}）</translation>
    </message>
    <message>
        <source>{field}: this step&apos;s {cell} has no cell state c</source>
        <translation>{field}：本步的 {cell} 没有细胞状态 c</translation>
    </message>
    <message>
        <source>{field}: must not be empty</source>
        <translation>{field}：不能为空</translation>
    </message>
    <message>
        <source>{field}: expected an object, got {value}</source>
        <translation>{field}：应为对象，实际是 {value}</translation>
    </message>
    <message>
        <source>{field}: unknown key (expected one of {expected})</source>
        <translation>{field}：未知键（应为 {expected} 之一）</translation>
    </message>
    <message>
        <source>{field}: expected a string, got {value}</source>
        <translation>{field}：应为字符串，实际是 {value}</translation>
    </message>
    <message>
        <source>{field}: {count} characters, more than the limit of {limit}</source>
        <translation>{field}：{count} 个字符，超过上限 {limit}</translation>
    </message>
    <message>
        <source>{field}: expected a list, got {value}</source>
        <translation>{field}：应为列表，实际是 {value}</translation>
    </message>
    <message>
        <source>{field}: {count} entries, more than the limit of {limit}</source>
        <translation>{field}：{count} 个元素，超过上限 {limit}</translation>
    </message>
    <message>
        <source>{field}: expected one of {expected}</source>
        <translation>{field}：应为 {expected} 之一</translation>
    </message>
    <message>
        <source>{field}: {count} targets for {steps} input steps (give one per step, {none} for none)</source>
        <translation>{field}：{count} 个目标对应 {steps} 个输入步（每步给一个，没有目标时写 {none}）</translation>
    </message>
    <message>
        <source>{field}: name one entry, e.g. {example}</source>
        <translation>{field}：请指定一个元素，例如 {example}</translation>
    </message>
    <message>
        <source>{field}: give the whole parameter {name}, not an entry</source>
        <translation>{field}：请给出整个参数 {name}，而不是其中一个元素</translation>
    </message>
    <message>
        <source>{field}: {quantity} cannot be predicted (check it instead)</source>
        <translation>{field}：{quantity} 不能用于预测（请改为检查它）</translation>
    </message>
    <message>
        <source>{field}: this step&apos;s {cell} has no gate {gate} (its gates: {gates})</source>
        <translation>{field}：本步的 {cell} 没有门 {gate}（它的门：{gates}）</translation>
    </message>
    <message>
        <source>{field}: unknown preset {name} (presets: {presets})</source>
        <translation>{field}：未知预设 {name}（可用预设：{presets}）</translation>
    </message>
    <message>
        <source>{field}: {name} is not a parameter of any cell</source>
        <translation>{field}：{name} 不是任何单元的参数</translation>
    </message>
    <message>
        <source>{field}: this step&apos;s {cell} model has no parameter {name} (it has {names})</source>
        <translation>{field}：本步的 {cell} 模型没有参数 {name}（它有 {names}）</translation>
    </message>
    <message>
        <source>{field}: {quantity} takes no {key}</source>
        <translation>{field}：{quantity} 不接受 {key}</translation>
    </message>
    <message>
        <source>{field}: missing ({quantity} needs it)</source>
        <translation>{field}：缺失（{quantity} 需要它）</translation>
    </message>
    <message>
        <source>{field}: this step&apos;s model is not bidirectional</source>
        <translation>{field}：本步的模型不是双向的</translation>
    </message>
    <message>
        <source>{field}: {t} is beyond the input, which has {steps} step(s)</source>
        <translation>{field}：{t} 超出了输入，输入只有 {steps} 步</translation>
    </message>
    <message>
        <source>{field}: a (the pre-activation) belongs to the Elman RNN, not {cell}</source>
        <translation>{field}：a（预激活）属于 Elman RNN，而不是 {cell}</translation>
    </message>
    <message>
        <source>{field}: there is no input to give targets for (set {key})</source>
        <translation>{field}：没有可以设置目标的输入（请设置 {key}）</translation>
    </message>
    <message>
        <source>{field}: the preset does not load ({problem})</source>
        <translation>{field}：无法加载该预设（{problem}）</translation>
    </message>
    <message>
        <source>{field}: unknown token {token} at position {position} (vocabulary: {vocabulary}, or {none} for no target)</source>
        <translation>{field}：第 {position} 个位置是未知词元 {token}（词表：{vocabulary}，没有目标时写 {none}）</translation>
    </message>
    <message>
        <source>{field}: {name} has {count} indices, not {given}</source>
        <translation>{field}：{name} 有 {count} 个下标，而不是 {given} 个</translation>
    </message>
    <message>
        <source>{field}: {entry} is outside {name}, which is {bounds} (entries count from {first})</source>
        <translation>{field}：{entry} 超出了 {name} 的范围（其形状为 {bounds}，元素从 {first} 开始计数）</translation>
    </message>
    <message>
        <source>{field}: {name} has {count} index, not {given}</source>
        <translation>{field}：{name} 有 {count} 个下标，而不是 {given} 个</translation>
    </message>
    <message>
        <source>{field}: {name} is not a square matrix</source>
        <translation>{field}：{name} 不是方阵</translation>
    </message>
    <message>
        <source>{file}: cannot save lesson progress ({reason})</source>
        <translation>{file}：无法保存课程进度（{reason}）</translation>
    </message>
    <message>
        <source>variant code: empty</source>
        <translation>变体代码：为空</translation>
    </message>
    <message>
        <source>variant code: {character} is not a code character (codes use {digits} and {letters})</source>
        <translation>变体代码：{character} 不是代码字符（代码只用 {digits} 和 {letters}）</translation>
    </message>
    <message>
        <source>variant code: too short (a character is missing)</source>
        <translation>变体代码：太短（少了一个字符）</translation>
    </message>
    <message>
        <source>variant code: the check characters do not match; check the code for a typo</source>
        <translation>变体代码：校验字符不符；请检查代码是否打错</translation>
    </message>
    <message>
        <source>variant code: made by an older LSTM Studio whose questions differ; ask for a new sheet</source>
        <translation>变体代码：由题目不同的旧版 LSTM Studio 生成；请索取新的练习卷</translation>
    </message>
    <message>
        <source>variant code: made by a newer LSTM Studio (code version {version})</source>
        <translation>变体代码：由更新版本的 LSTM Studio 生成（代码版本 {version}）</translation>
    </message>
    <message>
        <source>variant code: names a cell this LSTM Studio does not know</source>
        <translation>变体代码：指向本 LSTM Studio 不认识的单元</translation>
    </message>
    <message>
        <source>variant code: not a code made by LSTM Studio</source>
        <translation>变体代码：不是 LSTM Studio 生成的代码</translation>
    </message>
    <message>
        <source>variant code: this worksheet&apos;s model has word tokens; open that model first, then enter the code</source>
        <translation>变体代码：这份练习卷的模型使用单词词元；请先打开该模型，再输入代码</translation>
    </message>
    <message>
        <source>variant code: made for a model with a different vocabulary than the one open</source>
        <translation>变体代码：是为词表与当前打开的模型不同的模型生成的</translation>
    </message>
    <message>
        <source>variant code: names a question this LSTM Studio does not know</source>
        <translation>变体代码：指向本 LSTM Studio 不认识的题目</translation>
    </message>
    <message>
        <source>model: hidden size {hidden} is too large for a hand-calculation worksheet (at most {limit})</source>
        <translation>模型：隐藏层大小 {hidden} 对手算练习卷来说太大（最多 {limit}）</translation>
    </message>
    <message>
        <source>model: worksheets need a vocabulary of {low} to {high} tokens, not {count}</source>
        <translation>模型：练习卷需要 {low} 到 {high} 个词元的词表，而不是 {count} 个</translation>
    </message>
    <message>
        <source>{field}: worksheets take {low} to {high} tokens, not {count}</source>
        <translation>{field}：练习卷接受 {low} 到 {high} 个词元，而不是 {count} 个</translation>
    </message>
    <message>
        <source>model: worksheets take a single-layer, one-direction model</source>
        <translation>模型：练习卷只接受单层、单向的模型</translation>
    </message>
</context>
<context>
    <name>InsidePanels</name>
    <message>
        <source>Cell diagram</source>
        <extracomment>How long after the window is built the symbolic process and the formula fonts are warmed up: after the first frame and the first clicks, which should not share the processor with it. name -&gt; (tab title, translated where it is shown; shortcut)</extracomment>
        <translation>细胞图</translation>
    </message>
    <message>
        <source>Unrolled</source>
        <translation>展开图</translation>
    </message>
    <message>
        <source>Equations</source>
        <translation>方程</translation>
    </message>
    <message>
        <source>Gradient lab</source>
        <translation>梯度实验室</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>The window shown now (a rebuilt window has no other owner to keep it alive).</extracomment>
        <translation>语言(Language)(&amp;L)</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>系统语言（{language}）</translation>
    </message>
    <message>
        <source>Leave the lesson first (its progress is kept): changing the language rebuilds the window.</source>
        <translation>请先退出课程（进度会保留）：切换语言会重建窗口。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Stop the training first: changing the language rebuilds the window.</source>
        <translation>请先停止训练：切换语言会重建窗口。</translation>
    </message>
    <message>
        <source>The translations are missing (make translations).</source>
        <translation>缺少翻译文件（make translations）。</translation>
    </message>
</context>
<context>
    <name>LatexLabel</name>
    <message>
        <source>could not render: {error}</source>
        <translation>无法渲染：{error}</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Could not open the lesson</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your task&lt;/b&gt;</source>
        <extracomment>The player&apos;s width at font scale 1: narrow enough that the studio beside it stays usable.</extracomment>
        <translation>&lt;b&gt;你的任务&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>揭晓</translation>
    </message>
    <message>
        <source>Compare your estimate with the network&apos;s value</source>
        <translation>将你的估计与网络的值进行比较</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predict first&lt;/b&gt;</source>
        <translation>&lt;b&gt;先预测&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Test what you built against this step&apos;s checks; they then follow every edit</source>
        <translation>用这一步的检查项测试你搭建的网络；之后每次修改都会自动重新检查</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&lt;b&gt;Train the network&lt;/b&gt;</source>
        <translation>&lt;b&gt;训练网络&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>显示提示</translation>
    </message>
    <message>
        <source>Show the solution</source>
        <translation>显示答案</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Set this step up afresh: its model, input, checks and prediction</source>
        <translation>重新设置这一步：模型、输入、检查和预测</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Leave lesson</source>
        <translation>退出课程</translation>
    </message>
    <message>
        <source>Leave the lesson: back to the studio as you left it; your progress here is kept</source>
        <translation>退出课程：回到你离开时的工作室；此处的进度会保留</translation>
    </message>
    <message numerus="yes">
        <source>Not done yet: %n step(s): {steps}</source>
        <translation>
            <numerusform>尚未完成：%n 步：{steps}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n 项检查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Train on {task} (%n epochs)</source>
        <translation>
            <numerusform>在 {task} 上训练（%n 轮）</numerusform>
        </translation>
    </message>
    <message>
        <source>Train on {task}</source>
        <translation>在 {task} 上训练</translation>
    </message>
    <message>
        <source>Trains the network you have now; undo takes it back.</source>
        <translation>训练你当前的网络；撤销即可复原。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Step {number} of {count} · {done} of {count} done · a challenge</source>
        <translation>第 {number} 步，共 {count} 步 · 已完成 {done}/{count} · 挑战</translation>
    </message>
    <message>
        <source>Step {number} of {count} · {done} of {count} done</source>
        <translation>第 {number} 步，共 {count} 步 · 已完成 {done}/{count}</translation>
    </message>
    <message>
        <source>✓ Lesson complete: every step is done. Leave the lesson when you like.</source>
        <translation>✓ 课程完成：所有步骤都已完成。随时可以退出课程。</translation>
    </message>
    <message>
        <source>✓ This step is done. On to the next one.</source>
        <translation>✓ 这一步已完成。继续下一步。</translation>
    </message>
    <message>
        <source>✓ This step is done.</source>
        <translation>✓ 这一步已完成。</translation>
    </message>
    <message>
        <source>This prediction cannot be read now: {error}</source>
        <translation>目前无法读取这个预测：{error}</translation>
    </message>
    <message>
        <source>Which token will the network predict at t = {t}? Type it before you look.</source>
        <translation>网络在 t = {t} 时会预测哪个词元？先输入再查看。</translation>
    </message>
    <message>
        <source>a token, e.g. S</source>
        <translation>一个词元，例如 S</translation>
    </message>
    <message numerus="yes">
        <source>{first} … {last} (%n numbers)</source>
        <translation>
            <numerusform>{first} … {last}（%n 个数）</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimate {names} before you look: within ±{tolerance} counts as right.</source>
        <translation>查看之前先估计 {names}：误差在 ±{tolerance} 以内算正确。</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>例如 {example}</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers, e.g. {example}</source>
        <translation>
            <numerusform>%n 个数，例如 {example}</numerusform>
        </translation>
    </message>
    <message>
        <source>you said</source>
        <translation>你的估计</translation>
    </message>
    <message>
        <source>it is</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>off by</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>**Hint {number}.** {text}</source>
        <translation>**提示 {number}。** {text}</translation>
    </message>
    <message>
        <source>Show a hint ({number} of {count})</source>
        <translation>显示提示（{number}/{count}）</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>the check failed: {error}</source>
        <translation>检查失败：{error}</translation>
    </message>
    <message>
        <source>{passed} of {count} hold</source>
        <translation>{passed}/{count} 项成立</translation>
    </message>
    <message>
        <source>Your progress in this lesson could not be read ({why}); it was kept as {file}. Starting afresh.</source>
        <translation>无法读取你在本课中的进度（{why}）；原文件已保留为 {file}。从头开始。</translation>
    </message>
    <message>
        <source>Your progress in this lesson could not be read ({why}). Starting afresh.</source>
        <translation>无法读取你在本课中的进度（{why}）。从头开始。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Output: p_t and loss</source>
        <translation>输出：p_t 与损失</translation>
    </message>
    <message>
        <source>Gates over time</source>
        <translation>门（随时间）</translation>
    </message>
    <message>
        <source>LSTM Studio models and lessons (*.json);;All files (*)</source>
        <extracomment>Bump when the docks or splitters change so that an old saved layout is not forced on a new window. The narrowest the side panels may be made; their contents scroll below that.</extracomment>
        <translation>LSTM Studio 模型和课程 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Input sequence and targets</source>
        <translation>输入序列与目标</translation>
    </message>
    <message>
        <source>Every gate and state as a unit × time heat map</source>
        <translation>每个门和状态的“单元 × 时间”热图</translation>
    </message>
    <message>
        <source>The lesson hides the {panel} panel in this step.</source>
        <translation>本课在这一步隐藏了 {panel} 面板。</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Open a model or a lesson</source>
        <translation>打开模型或课程</translation>
    </message>
    <message>
        <source>Could not open the model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <source>opened {path}</source>
        <translation>已打开 {path}</translation>
    </message>
    <message>
        <source>Could not open the preset</source>
        <translation>无法打开预设</translation>
    </message>
    <message>
        <source>open preset {preset}</source>
        <translation>打开预设 {preset}</translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation>模型另存为</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved.
Save them first?</source>
        <translation>“{title}”有尚未保存的更改。
要先保存吗？</translation>
    </message>
    <message>
        <source>autosave failed: {error}</source>
        <translation>自动保存失败：{error}</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>LSTM Studio closed without saving “{name}” (from {file}).
Recover that work?</source>
        <translation>LSTM Studio 关闭时没有保存“{name}”（来自 {file}）。
要恢复这些工作吗？</translation>
    </message>
    <message>
        <source>LSTM Studio closed without saving “{name}”.
Recover that work?</source>
        <translation>LSTM Studio 关闭时没有保存“{name}”。
要恢复这些工作吗？</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Preset</source>
        <translation>打开预设(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>New &amp;lesson from here…</source>
        <translation>从这里新建课程(&amp;L)…</translation>
    </message>
    <message>
        <source>instructors: start a lesson file whose first step is this model, input and panel</source>
        <translation>供教师使用：新建一个课程文件，其第一步就是当前的模型、输入和面板</translation>
    </message>
    <message>
        <source>Add this state as a s&amp;tep…</source>
        <translation>将当前状态添加为一步(&amp;P)…</translation>
    </message>
    <message>
        <source>instructors: add the model, input and panel as the next step of the lesson</source>
        <translation>供教师使用：将当前模型、输入和面板添加为课程的下一步</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the model panel</source>
        <translation>转到模型面板</translation>
    </message>
    <message>
        <source>Go to the weights</source>
        <translation>转到权重</translation>
    </message>
    <message>
        <source>Next panel</source>
        <translation>下一个面板</translation>
    </message>
    <message>
        <source>Previous panel</source>
        <translation>上一个面板</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Heat maps</source>
        <translation>热图</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>浅色主题</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>深色主题</translation>
    </message>
    <message>
        <source>High-contrast theme</source>
        <translation>高对比度主题</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>增大字号</translation>
    </message>
    <message>
        <source>bigger fonts, for a projector</source>
        <translation>更大的字体，适合投影</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>减小字号</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>正常字号</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>时间(&amp;T)</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>第一步</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>最后一步</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>课程(&amp;L)…</translation>
    </message>
    <message>
        <source>the course, the challenges, a tour of the window</source>
        <translation>课程、挑战以及窗口导览</translation>
    </message>
    <message>
        <source>&amp;Tour of the window</source>
        <translation>窗口导览(&amp;T)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>{lesson} — step {number} of {count} — LSTM Studio</source>
        <translation>{lesson} — 第 {number} 步，共 {count} 步 — LSTM Studio</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>撤销(&amp;U)：{action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>重做(&amp;R)：{action}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>from &amp;PyTorch (safetensors)…</source>
        <extracomment>kind -&gt; (menu text, file filter, default suffix); the texts are translated where they are shown</extracomment>
        <translation>从 PyTorch 导入（safetensors）(&amp;P)…</translation>
    </message>
    <message>
        <source>PyTorch state dict (*.safetensors)</source>
        <translation>PyTorch state dict (*.safetensors)</translation>
    </message>
    <message>
        <source>from &amp;Keras (.npz)…</source>
        <translation>从 Keras 导入（.npz）(&amp;K)…</translation>
    </message>
    <message>
        <source>Keras weights (*.npz)</source>
        <translation>Keras 权重 (*.npz)</translation>
    </message>
    <message>
        <source>to &amp;PyTorch (safetensors + script)…</source>
        <translation>导出到 PyTorch（safetensors + 脚本）(&amp;P)…</translation>
    </message>
    <message>
        <source>to &amp;Keras (.npz)…</source>
        <translation>导出到 Keras（.npz）(&amp;K)…</translation>
    </message>
    <message>
        <source>as a &amp;NumPy script…</source>
        <translation>导出为 NumPy 脚本(&amp;N)…</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <source>the &amp;trace of this run as CSV…</source>
        <translation>本次运行的轨迹导出为 CSV(&amp;T)…</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Training…</source>
        <translation>训练(&amp;T)…</translation>
    </message>
    <message>
        <source>train the cell on a built-in task and watch it learn</source>
        <translation>在内置任务上训练单元，观察它如何学习</translation>
    </message>
    <message>
        <source>&amp;Generation…</source>
        <translation>生成(&amp;G)…</translation>
    </message>
    <message>
        <source>draw tokens from the output distribution and feed them back in</source>
        <translation>从输出分布中抽取词元并把它们送回输入</translation>
    </message>
    <message>
        <source>Exercise &amp;worksheets…</source>
        <translation>练习卷(&amp;W)…</translation>
    </message>
    <message>
        <source>printable exercises with answer keys, one variant per student</source>
        <translation>可打印的练习和答案，每名学生一个版本</translation>
    </message>
    <message>
        <source>&amp;Check my answers…</source>
        <translation>检查我的答案(&amp;C)…</translation>
    </message>
    <message>
        <source>type a variant code and your answers; each is marked</source>
        <translation>输入版本代码和你的答案，逐题批改</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Could not import the model</source>
        <translation>无法导入模型</translation>
    </message>
    <message>
        <source>Could not export the model</source>
        <translation>无法导出模型</translation>
    </message>
    <message>
        <source>wrote {files}</source>
        <translation>已写入 {files}</translation>
    </message>
    <message>
        <source>Import a model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>The tokens the one-hot inputs stand for, e.g. PIGS or &apos;the cat sat&apos;
(empty: generic tokens or the vocabulary stored in the file):</source>
        <translation>独热输入所代表的词元，例如 PIGS 或 &apos;the cat sat&apos;
（留空：使用通用词元或文件中保存的词表）：</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Export the model</source>
        <translation>导出模型</translation>
    </message>
</context>
<context>
    <name>ModelPanel</name>
    <message>
        <source>Elman RNN</source>
        <extracomment>The texts of these tables are translated where they are shown (context &quot;ModelPanel&quot;).</extracomment>
        <translation>Elman RNN</translation>
    </message>
    <message>
        <source>Peephole LSTM</source>
        <translation>窥视孔 LSTM</translation>
    </message>
    <message>
        <source>The plain recurrent cell: one {activation} layer reads x_t and h_{t−1}.</source>
        <translation>最基本的循环单元：一个 {activation} 层读取 x_t 和 h_{t−1}。</translation>
    </message>
    <message>
        <source>Gates decide what the cell state c_t forgets (f), takes in (i, C̃) and shows (o).</source>
        <translation>由门决定细胞状态 c_t 遗忘什么（f）、接收什么（i、C̃）、输出什么（o）。</translation>
    </message>
    <message>
        <source>An LSTM whose gates also look at the cell state c.</source>
        <translation>各个门还能看到细胞状态 c 的 LSTM。</translation>
    </message>
    <message>
        <source>Two gates, no separate cell state: z mixes old and new, r resets the memory.</source>
        <translation>两个门，没有单独的细胞状态：z 混合新旧信息，r 重置记忆。</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Peephole</source>
        <translation>窥视孔</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Ready-made models on the P I G S vocabulary</source>
        <translation>基于词表 P I G S 的现成模型</translation>
    </message>
    <message>
        <source>Open a preset…</source>
        <translation>打开预设…</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元类型</translation>
    </message>
    <message>
        <source>Number of hidden units H. Existing units keep their weights; new ones are initialised from the seed.</source>
        <translation>隐藏单元数 H。已有单元保留其权重；新单元按随机种子初始化。</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>隐藏层大小</translation>
    </message>
    <message>
        <source>The vocabulary, tokens separated by spaces. Tokens keep their weights when you add, remove or reorder others; renaming one (same count) keeps its weights.</source>
        <translation>词表，词元之间用空格分隔。添加、删除或重新排列其他词元时，已有词元保留其权重；重命名某个词元（数量不变）也会保留它的权重。</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same weights on every machine</source>
        <translation>随机种子：相同的种子在任何机器上都得到相同的权重</translation>
    </message>
    <message>
        <source>New weights</source>
        <translation>新权重</translation>
    </message>
    <message>
        <source>Re-initialise every weight from the seed (undoable)</source>
        <translation>用随机种子重新初始化所有权重（可撤销）</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>&lt;b&gt;Equations&lt;/b&gt;</source>
        <translation>&lt;b&gt;方程&lt;/b&gt;</translation>
    </message>
    <message>
        <source>vectors</source>
        <translation>向量</translation>
    </message>
    <message>
        <source>one unit j</source>
        <translation>单个单元 j</translation>
    </message>
    <message>
        <source>stacked, as W·[h, x]</source>
        <translation>堆叠形式 W·[h, x]</translation>
    </message>
    <message>
        <source>How to write the equations: with vectors and matrices, for one unit j with sums, or with the gate matrices stacked on [hₜ₋₁; xₜ], the concatenated form W·[hₜ₋₁, xₜ]</source>
        <translation>方程的写法：用向量和矩阵，针对单个单元 j 用求和式，或把门矩阵堆叠后作用于 [hₜ₋₁; xₜ]，即拼接形式 W·[hₜ₋₁, xₜ]</translation>
    </message>
    <message>
        <source>x_t is one-hot; ⊙ multiplies element by element; σ is the logistic sigmoid.</source>
        <translation>x_t 是独热向量；⊙ 表示逐元素相乘；σ 是 logistic sigmoid 函数。</translation>
    </message>
    <message numerus="yes">
        <source>%n layers</source>
        <translation>
            <numerusform>%n 层</numerusform>
        </translation>
    </message>
    <message>
        <source>bidirectional</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>&lt;b&gt;{total}&lt;/b&gt; parameters: {cell} in the cell, {output} in the output layer</source>
        <translation>共 &lt;b&gt;{total}&lt;/b&gt; 个参数：单元中 {cell} 个，输出层中 {output} 个</translation>
    </message>
    <message>
        <source>cell: {name}</source>
        <translation>单元类型：{name}</translation>
    </message>
    <message>
        <source>hidden size {size}</source>
        <translation>隐藏层大小 {size}</translation>
    </message>
    <message>
        <source>vocabulary</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>edit vocabulary</source>
        <translation>编辑词表</translation>
    </message>
    <message>
        <source>new weights (seed {seed})</source>
        <translation>新权重（种子 {seed}）</translation>
    </message>
</context>
<context>
    <name>NumbersView</name>
    <message>
        <source>{column} at t = {t}: {value}</source>
        <extracomment>where the explanations come from: the session&apos;s model and evaluation, and the plotted columns</extracomment>
        <translation>{column} 在 t = {t}：{value}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected cells (everything when nothing is selected) with their column names, every digit, tab-separated: paste into a spreadsheet</source>
        <translation>复制所选单元格（未选择时复制全部）及其列名，保留所有位数，以制表符分隔：可粘贴到电子表格</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>另存为 CSV…</translation>
    </message>
    <message>
        <source>Write the whole table, every digit, to a CSV file</source>
        <translation>把整张表（保留所有位数）写入 CSV 文件</translation>
    </message>
    <message>
        <source>Table of numbers</source>
        <translation>数值表</translation>
    </message>
    <message>
        <source>one row per time step; columns: the input token, the target, every gate and state unit by unit, the output scores and probabilities, the prediction and the loss</source>
        <translation>每个时间步一行；各列：输入词元、目标、逐单元的每个门和状态、输出分数和概率、预测和损失</translation>
    </message>
    <message>
        <source>Type an input sequence to see its numbers.</source>
        <translation>输入一个序列以查看它的数值。</translation>
    </message>
    <message numerus="yes">
        <source>Every quantity at each of the %n steps, shown with {digits} significant digits (hover a cell for all of them). Copy and Save as CSV give every digit.</source>
        <translation>
            <numerusform>%n 步中每一步的所有量，显示 {digits} 位有效数字（鼠标悬停在单元格上可看全部位数）。复制和另存为 CSV 会保留所有位数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copied %n rows</source>
        <translation>
            <numerusform>已复制 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the numbers as CSV</source>
        <translation>将数值保存为 CSV</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
</context>
<context>
    <name>OutputView</name>
    <message>
        <source>loss per step &amp;nbsp; −log p&lt;sub&gt;t&lt;/sub&gt;[target]</source>
        <translation>每步的损失 &amp;nbsp; −log p&lt;sub&gt;t&lt;/sub&gt;[目标]</translation>
    </message>
    <message>
        <source>&lt;i&gt;Type a sequence to see predictions.&lt;/i&gt;</source>
        <translation>&lt;i&gt;输入一个序列以查看预测。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>after input &lt;b&gt;{token}&lt;/b&gt;</source>
        <translation>输入 &lt;b&gt;{token}&lt;/b&gt; 之后</translation>
    </message>
    <message>
        <source>t = {t}: input &lt;b&gt;{token}&lt;/b&gt; → predicted &lt;b style=&apos;color:{colour}&apos;&gt;{predicted}&lt;/b&gt; (p = {p})</source>
        <translation>t = {t}：输入 &lt;b&gt;{token}&lt;/b&gt; → 预测 &lt;b style=&apos;color:{colour}&apos;&gt;{predicted}&lt;/b&gt;（p = {p}）</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>, target &lt;b style=&apos;color:{colour}&apos;&gt;{target}&lt;/b&gt; (p = {p}) {mark}</source>
        <translation>，目标 &lt;b style=&apos;color:{colour}&apos;&gt;{target}&lt;/b&gt;（p = {p}）{mark}</translation>
    </message>
    <message>
        <source>, no target at this step</source>
        <translation>，这一步没有目标</translation>
    </message>
</context>
<context>
    <name>Parameter</name>
    <message>
        <source>output bias (one entry per vocabulary token)</source>
        <translation>输出偏置（词表中每个词元一项）</translation>
    </message>
    <message>
        <source>forget gate f: bias</source>
        <translation>遗忘门 f：偏置</translation>
    </message>
    <message>
        <source>input gate i: bias</source>
        <translation>输入门 i：偏置</translation>
    </message>
    <message>
        <source>candidate C̃: bias</source>
        <translation>候选值 C̃：偏置</translation>
    </message>
    <message>
        <source>input weights: xₜ → aₜ</source>
        <translation>输入权重：xₜ → aₜ</translation>
    </message>
    <message>
        <source>recurrent weights: hₜ₋₁ → aₜ</source>
        <translation>循环权重：hₜ₋₁ → aₜ</translation>
    </message>
    <message>
        <source>bias of aₜ</source>
        <translation>aₜ 的偏置</translation>
    </message>
    <message>
        <source>output weights: hₜ → yₜ (one row per vocabulary token)</source>
        <translation>输出权重：hₜ → yₜ（词表中每个词元一行）</translation>
    </message>
    <message>
        <source>The concatenated form: W·[hₜ₋₁, xₜ] = W_hh hₜ₋₁ + W_xh xₜ.</source>
        <translation>拼接形式：W·[hₜ₋₁, xₜ] = W_hh hₜ₋₁ + W_xh xₜ。</translation>
    </message>
    <message>
        <source>forget gate f: input weights xₜ → f</source>
        <translation>遗忘门 f：输入权重 xₜ → f</translation>
    </message>
    <message>
        <source>forget gate f: recurrent weights hₜ₋₁ → f</source>
        <translation>遗忘门 f：循环权重 hₜ₋₁ → f</translation>
    </message>
    <message>
        <source>input gate i: input weights xₜ → i</source>
        <translation>输入门 i：输入权重 xₜ → i</translation>
    </message>
    <message>
        <source>input gate i: recurrent weights hₜ₋₁ → i</source>
        <translation>输入门 i：循环权重 hₜ₋₁ → i</translation>
    </message>
    <message>
        <source>candidate C̃: input weights xₜ → C̃</source>
        <translation>候选值 C̃：输入权重 xₜ → C̃</translation>
    </message>
    <message>
        <source>candidate C̃: recurrent weights hₜ₋₁ → C̃</source>
        <translation>候选值 C̃：循环权重 hₜ₋₁ → C̃</translation>
    </message>
    <message>
        <source>output gate o: input weights xₜ → o</source>
        <translation>输出门 o：输入权重 xₜ → o</translation>
    </message>
    <message>
        <source>output gate o: recurrent weights hₜ₋₁ → o</source>
        <translation>输出门 o：循环权重 hₜ₋₁ → o</translation>
    </message>
    <message>
        <source>output gate o: bias</source>
        <translation>输出门 o：偏置</translation>
    </message>
    <message>
        <source>The 4 gates&apos; input weights as one matrix: the gates (f, i, C̃, o) are computed together in one matrix product.</source>
        <translation>4 个门的输入权重合成一个矩阵：各门 (f, i, C̃, o) 在一次矩阵乘法中一起算出。</translation>
    </message>
    <message>
        <source>The 4 gates&apos; recurrent weights as one matrix: the gates (f, i, C̃, o) are computed together in one matrix product.</source>
        <translation>4 个门的循环权重合成一个矩阵：各门 (f, i, C̃, o) 在一次矩阵乘法中一起算出。</translation>
    </message>
    <message>
        <source>The 4 gates&apos; biases as one matrix: the gates (f, i, C̃, o) are computed together in one matrix product.</source>
        <translation>4 个门的偏置合成一个矩阵：各门 (f, i, C̃, o) 在一次矩阵乘法中一起算出。</translation>
    </message>
    <message>
        <source>The concatenated form: W_f·[hₜ₋₁, xₜ] is U_f hₜ₋₁ + W_f xₜ, one matrix on the stacked vector.</source>
        <translation>拼接形式：W_f·[hₜ₋₁, xₜ] 即 U_f hₜ₋₁ + W_f xₜ，一个矩阵作用于堆叠后的向量。</translation>
    </message>
    <message>
        <source>The concatenated form: W_i·[hₜ₋₁, xₜ] is U_i hₜ₋₁ + W_i xₜ, one matrix on the stacked vector.</source>
        <translation>拼接形式：W_i·[hₜ₋₁, xₜ] 即 U_i hₜ₋₁ + W_i xₜ，一个矩阵作用于堆叠后的向量。</translation>
    </message>
    <message>
        <source>The concatenated form: W_c·[hₜ₋₁, xₜ] is U_c hₜ₋₁ + W_c xₜ, one matrix on the stacked vector.</source>
        <translation>拼接形式：W_c·[hₜ₋₁, xₜ] 即 U_c hₜ₋₁ + W_c xₜ，一个矩阵作用于堆叠后的向量。</translation>
    </message>
    <message>
        <source>The concatenated form: W_o·[hₜ₋₁, xₜ] is U_o hₜ₋₁ + W_o xₜ, one matrix on the stacked vector.</source>
        <translation>拼接形式：W_o·[hₜ₋₁, xₜ] 即 U_o hₜ₋₁ + W_o xₜ，一个矩阵作用于堆叠后的向量。</translation>
    </message>
    <message>
        <source>Every gate&apos;s [U W] stacked: one product with [hₜ₋₁; xₜ] gives every gate&apos;s pre-activation at once.</source>
        <translation>所有门的 [U W] 堆叠在一起：与 [hₜ₋₁; xₜ] 做一次乘法就同时得到所有门的预激活值。</translation>
    </message>
    <message>
        <source>forget gate f: peephole weights c → f</source>
        <translation>遗忘门 f：窥视孔权重 c → f</translation>
    </message>
    <message>
        <source>input gate i: peephole weights c → i</source>
        <translation>输入门 i：窥视孔权重 c → i</translation>
    </message>
    <message>
        <source>output gate o: peephole weights c → o</source>
        <translation>输出门 o：窥视孔权重 c → o</translation>
    </message>
    <message>
        <source>update gate z: input weights xₜ → z</source>
        <translation>更新门 z：输入权重 xₜ → z</translation>
    </message>
    <message>
        <source>update gate z: recurrent weights hₜ₋₁ → z</source>
        <translation>更新门 z：循环权重 hₜ₋₁ → z</translation>
    </message>
    <message>
        <source>reset gate r: input weights xₜ → r</source>
        <translation>重置门 r：输入权重 xₜ → r</translation>
    </message>
    <message>
        <source>reset gate r: recurrent weights hₜ₋₁ → r</source>
        <translation>重置门 r：循环权重 hₜ₋₁ → r</translation>
    </message>
    <message>
        <source>candidate state h̃: input weights xₜ → h̃</source>
        <translation>候选状态 h̃：输入权重 xₜ → h̃</translation>
    </message>
    <message>
        <source>candidate state h̃: recurrent weights hₜ₋₁ → h̃</source>
        <translation>候选状态 h̃：循环权重 hₜ₋₁ → h̃</translation>
    </message>
    <message>
        <source>candidate state h̃: bias</source>
        <translation>候选状态 h̃：偏置</translation>
    </message>
    <message>
        <source>The concatenated form: W_z·[hₜ₋₁, xₜ] is U_z hₜ₋₁ + W_z xₜ, one matrix on the stacked vector.</source>
        <translation>拼接形式：W_z·[hₜ₋₁, xₜ] 即 U_z hₜ₋₁ + W_z xₜ，一个矩阵作用于堆叠后的向量。</translation>
    </message>
    <message>
        <source>The concatenated form: W_r·[hₜ₋₁, xₜ] is U_r hₜ₋₁ + W_r xₜ, one matrix on the stacked vector.</source>
        <translation>拼接形式：W_r·[hₜ₋₁, xₜ] 即 U_r hₜ₋₁ + W_r xₜ，一个矩阵作用于堆叠后的向量。</translation>
    </message>
    <message>
        <source>The concatenated form: W_h·[hₜ₋₁, xₜ] is U_h hₜ₋₁ + W_h xₜ, one matrix on the stacked vector.</source>
        <translation>拼接形式：W_h·[hₜ₋₁, xₜ] 即 U_h hₜ₋₁ + W_h xₜ，一个矩阵作用于堆叠后的向量。</translation>
    </message>
    <message>
        <source>candidate state h̃ (reset after): bias inside r ⊙ (U_h hₜ₋₁ + b_hn)</source>
        <translation>候选状态 h̃（之后重置）：r ⊙ (U_h hₜ₋₁ + b_hn) 内部的偏置</translation>
    </message>
    <message>
        <source>update gate z: bias</source>
        <translation>更新门 z：偏置</translation>
    </message>
    <message>
        <source>reset gate r: bias</source>
        <translation>重置门 r：偏置</translation>
    </message>
    <message>
        <source>The 3 gates&apos; input weights as one matrix: the gates (z, r, h̃) are computed together in one matrix product.</source>
        <translation>3 个门的输入权重合成一个矩阵：各个门（z、r、h̃）在一次矩阵乘法中一起计算。</translation>
    </message>
    <message>
        <source>The 3 gates&apos; recurrent weights as one matrix: the gates (z, r, h̃) are computed together in one matrix product.</source>
        <translation>3 个门的循环权重合成一个矩阵：各个门（z、r、h̃）在一次矩阵乘法中一起计算。</translation>
    </message>
    <message>
        <source>The 3 gates&apos; biases as one matrix: the gates (z, r, h̃) are computed together in one matrix product.</source>
        <translation>3 个门的偏置合成一个矩阵：各个门（z、r、h̃）在一次矩阵乘法中一起计算。</translation>
    </message>
    <message>
        <source>The 2 gates&apos; input weights as one matrix: the gates (z, h̃) are computed together in one matrix product.</source>
        <translation>2 个门的输入权重合成一个矩阵：各个门（z、h̃）在一次矩阵乘法中一起计算。</translation>
    </message>
    <message>
        <source>The 2 gates&apos; recurrent weights as one matrix: the gates (z, h̃) are computed together in one matrix product.</source>
        <translation>2 个门的循环权重合成一个矩阵：各个门（z、h̃）在一次矩阵乘法中一起计算。</translation>
    </message>
    <message>
        <source>The 2 gates&apos; biases as one matrix: the gates (z, h̃) are computed together in one matrix product.</source>
        <translation>2 个门的偏置合成一个矩阵：各个门（z、h̃）在一次矩阵乘法中一起计算。</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Next character after PIG (GRU)</source>
        <translation>预测 PIG 之后的下一个字符（GRU）</translation>
    </message>
    <message>
        <source>Next character after PIG (LSTM)</source>
        <translation>预测 PIG 之后的下一个字符（LSTM）</translation>
    </message>
    <message>
        <source>Next character after PIG (peephole LSTM)</source>
        <translation>预测 PIG 之后的下一个字符（窥视孔 LSTM）</translation>
    </message>
    <message>
        <source>Next character after PIG (Elman RNN)</source>
        <translation>预测 PIG 之后的下一个字符（Elman RNN）</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>浮动</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>取消停靠或重新停靠该停靠窗口</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>关闭该停靠窗口</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>The shipped languages, each named in itself: whoever opens the menu may not read the current one. The settings key; its value is a code of LANGUAGES or SYSTEM. The app&apos;s catalogues are ``CATALOGUE_&lt;code&gt;.qm`` in resources/translations/. Qt&apos;s standard buttons and a dock&apos;s title-bar buttons (same context and texts as Qt&apos;s own): Qt&apos;s catalogues translate them, but Qt has no Vietnamese one, so the app&apos;s catalogues carry them too.</extracomment>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>Quantity</name>
    <message>
        <source>forget gate</source>
        <translation>遗忘门</translation>
    </message>
    <message>
        <source>input gate</source>
        <translation>输入门</translation>
    </message>
    <message>
        <source>output gate</source>
        <translation>输出门</translation>
    </message>
    <message>
        <source>update gate</source>
        <translation>更新门</translation>
    </message>
    <message>
        <source>reset gate</source>
        <translation>重置门</translation>
    </message>
    <message>
        <source>pre-activation</source>
        <translation>预激活值</translation>
    </message>
    <message>
        <source>hidden state</source>
        <translation>隐藏状态</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>候选值</translation>
    </message>
    <message>
        <source>cell state</source>
        <translation>细胞状态</translation>
    </message>
    <message>
        <source>candidate state</source>
        <translation>候选状态</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>LSTM Studio lessons (*.json)</source>
        <translation>LSTM Studio 课程 (*.json)</translation>
    </message>
    <message>
        <source>Step {number} of the lesson</source>
        <translation>课程的第 {number} 步</translation>
    </message>
    <message>
        <source>What the student reads: Markdown with $inline$ and $$display$$ maths</source>
        <translation>学生读到的内容：Markdown，可用 $inline$ 和 $$display$$ 公式</translation>
    </message>
    <message>
        <source>One line: what to do in this step</source>
        <translation>一行：这一步要做什么</translation>
    </message>
    <message>
        <source>(leave as it is)</source>
        <translation>（保持不变）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Lock (read-only in this step)</source>
        <translation>锁定（这一步中只读）</translation>
    </message>
    <message>
        <source>everything, except what is unlocked below</source>
        <translation>全部，下面解锁的除外</translation>
    </message>
    <message>
        <source>single entries, e.g. W_hh[1,1] b_y[4]</source>
        <translation>单个条目，例如 W_hh[1,1] b_y[4]</translation>
    </message>
    <message>
        <source>with everything locked: b_y W_hh[2,2]</source>
        <translation>全部锁定时：b_y W_hh[2,2]</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Hide in this step</source>
        <translation>在这一步中隐藏</translation>
    </message>
    <message>
        <source>Add the step</source>
        <translation>添加这一步</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <source>Title of the lesson:</source>
        <translation>课程标题：</translation>
    </message>
    <message>
        <source>Save the lesson as</source>
        <translation>将课程另存为</translation>
    </message>
    <message>
        <source>Add a step to which lesson?</source>
        <translation>向哪个课程添加一步？</translation>
    </message>
    <message>
        <source>The step was not added</source>
        <translation>未能添加这一步</translation>
    </message>
    <message>
        <source>{file}: step {number} written</source>
        <translation>{file}：已写入第 {number} 步</translation>
    </message>
</context>
<context>
    <name>SequencePanel</name>
    <message>
        <source>append {token} as step {t}</source>
        <extracomment>The one-hot grid shows at most this many rows. A vocabulary too long for them (the plurals task&apos;s 23 tokens) shows the rows of the tokens in the input only, so that the target and prediction rows stay in sight; typing another token adds its row.</extracomment>
        <translation>把 {token} 追加为第 {t} 步</translation>
    </message>
    <message>
        <source>x_{t}[{token}] = {value}: click to make {token} the input at step {t}</source>
        <translation>x_{t}[{token}] = {value}：点击把 {token} 设为第 {t} 步的输入</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>由你设定</translation>
    </message>
    <message>
        <source>default: the next input token</source>
        <translation>默认：下一个输入词元</translation>
    </message>
    <message>
        <source>target at step {t} ({how}); click to change</source>
        <translation>第 {t} 步的目标（{how}）；点击可更改</translation>
    </message>
    <message>
        <source>argmax p_{t} = {token} with p = {p}</source>
        <translation>argmax p_{t} = {token}，p = {p}</translation>
    </message>
    <message>
        <source>append a step</source>
        <translation>追加一步</translation>
    </message>
    <message>
        <source>step {t}: click to go there</source>
        <translation>第 {t} 步：点击跳转</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>one-hot input: 1 where the step&apos;s token is {token}</source>
        <translation>独热输入：该步的词元为 {token} 时取 1</translation>
    </message>
    <message>
        <source>what the model should predict at each step (click a cell to change)</source>
        <translation>模型在每一步应当预测的内容（点击单元格可更改）</translation>
    </message>
    <message>
        <source>the token with the highest probability p_t</source>
        <translation>概率 p_t 最高的词元</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input&lt;/b&gt;</source>
        <translation>&lt;b&gt;输入&lt;/b&gt;</translation>
    </message>
    <message>
        <source>type tokens, e.g. PIG</source>
        <translation>输入词元，例如 PIG</translation>
    </message>
    <message>
        <source>The sequence fed to the cell, one token per step. With one-character tokens type them together (PIG); otherwise separate them with spaces.</source>
        <translation>送入单元的序列，每步一个词元。单字符词元连在一起输入（PIG），否则用空格分隔。</translation>
    </message>
    <message>
        <source>Targets: next token</source>
        <translation>目标：下一个词元</translation>
    </message>
    <message>
        <source>Reset every target to the default: the next input token</source>
        <translation>把所有目标恢复为默认值：下一个输入词元</translation>
    </message>
    <message>
        <source>&lt;b&gt;Initial state&lt;/b&gt;</source>
        <translation>&lt;b&gt;初始状态&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>清零</translation>
    </message>
    <message>
        <source>h₀ = 0 (and c₀ = 0)</source>
        <translation>h₀ = 0（以及 c₀ = 0）</translation>
    </message>
    <message>
        <source>{state}₀ of unit {unit}: the state before step 1</source>
        <translation>单元 {unit} 的 {state}₀：第 1 步之前的状态</translation>
    </message>
    <message>
        <source>(set in the model file)</source>
        <translation>（在模型文件中设置）</translation>
    </message>
    <message>
        <source>no tokens yet: type some, or click a cell in the + column below</source>
        <translation>还没有词元：输入一些，或点击下方 + 列中的单元格</translation>
    </message>
    <message>
        <source>{tokens} not in the vocabulary ({vocabulary}): skipped</source>
        <translation>{tokens} 不在词表（{vocabulary}）中：已跳过</translation>
    </message>
    <message>
        <source>use {tokens}</source>
        <translation>改用 {tokens}</translation>
    </message>
    <message>
        <source>fix the case</source>
        <translation>更正大小写</translation>
    </message>
    <message>
        <source>next token (default)</source>
        <translation>下一个词元（默认）</translation>
    </message>
    <message>
        <source>no target at this step</source>
        <translation>这一步不设目标</translation>
    </message>
    <message>
        <source>Remove step {t}</source>
        <translation>删除第 {t} 步</translation>
    </message>
    <message>
        <source>set {state}₀[{unit}]</source>
        <translation>设置 {state}₀[{unit}]</translation>
    </message>
    <message>
        <source>zero initial state</source>
        <translation>初始状态清零</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Weights table</source>
        <extracomment>Nudge steps of the weights table: Ctrl+Up/Down (or PageUp/PageDown), with Shift the fine one. A burst of nudges ends (one undo step) when no nudge came for this long.</extracomment>
        <translation>权重表</translation>
    </message>
    <message>
        <source>Cell diagram</source>
        <translation>细胞图</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>任何位置</translation>
    </message>
    <message>
        <source>nudge the selected weight by ±%1 (one undo step per burst)</source>
        <translation>将所选权重微调 ±%1（连续的一串微调算一步撤销）</translation>
    </message>
    <message>
        <source>nudge the selected weight (with Shift: finer)</source>
        <translation>微调所选权重（按住 Shift：更细）</translation>
    </message>
    <message>
        <source>arrow keys, a number, Enter</source>
        <translation>方向键、数字、Enter</translation>
    </message>
    <message>
        <source>move between entries; type a number to set the entry exactly</source>
        <translation>在元素之间移动；输入数字可精确设定该元素</translation>
    </message>
    <message>
        <source>arrow keys</source>
        <translation>方向键</translation>
    </message>
    <message>
        <source>select the next or previous box or wire</source>
        <translation>选择下一个或上一个方框或连线</translation>
    </message>
    <message>
        <source>show the selected element&apos;s equation and numbers</source>
        <translation>显示所选元素的公式和数值</translation>
    </message>
    <message>
        <source>move to the next or previous control</source>
        <translation>移到下一个或上一个控件</translation>
    </message>
    <message>
        <source>open the menu bar; underlined letters choose an entry</source>
        <translation>打开菜单栏；带下划线的字母选择菜单项</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Every action of the menus, the keys of the panels and the keys of the weights table and the cell diagram. F6 moves between the panels.</source>
        <translation>菜单中的所有操作、各面板的按键以及权重表和细胞图的按键。F6 在面板之间切换。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>one row per shortcut: the keys, the action and where it works</source>
        <translation>每个快捷键一行：按键、操作及其生效位置</translation>
    </message>
</context>
<context>
    <name>TaskPicker</name>
    <message>
        <source>Task</source>
        <extracomment>Lines of data shown per split before &quot;… and N more&quot;. Typing in an option rebuilds the data this long after the last key.</extracomment>
        <translation>任务</translation>
    </message>
    <message>
        <source>Data: vocabulary and split</source>
        <translation>数据：词表与划分</translation>
    </message>
    <message>
        <source>; target accuracy {accuracy}</source>
        <translation>；目标准确率 {accuracy}</translation>
    </message>
    <message>
        <source>+ so very clever
- so very silly</source>
        <translation>+ so very clever
- so very silly</translation>
    </message>
    <message>
        <source>paste a text to learn instead (empty: the shipped story)</source>
        <translation>粘贴一段文本来学习（留空：使用自带的故事）</translation>
    </message>
    <message>
        <source>comma-separated, e.g. HENS, DISHES</source>
        <translation>用逗号分隔，例如 HENS, DISHES</translation>
    </message>
    <message>
        <source>vocabulary ({size}): {tokens}</source>
        <translation>词表（{size}）：{tokens}</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 还有 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Next character</source>
        <translation>下一个字符</translation>
    </message>
    <message>
        <source>The cell reads a word one character at a time and, after each character, guesses the next one: after P comes I, after PI comes G, after PIG comes S. This is many-to-many — every step has a target — and the cell must remember where it is in the word, because the same letter can be followed by different letters in different places. Add your own words: when two words start the same way and then part (PIG and PIN), no cell can be sure what comes next, and the best possible accuracy drops below 100 %. There is no test split: the point is to watch the cell memorise these words.</source>
        <translation>单元每次读入单词的一个字符，并在每个字符之后猜下一个字符：P 之后是 I，PI 之后是 G，PIG 之后是 S。这是多对多任务——每一步都有目标——单元必须记住自己在单词中的位置，因为同一个字母在不同位置后面可能跟着不同的字母。添加你自己的单词：当两个单词开头相同、随后分岔（PIG 和 PIN）时，任何单元都无法确定接下来是什么，可能达到的最好准确率会低于 100 %。这里没有测试集：目的就是看单元如何记住这些单词。</translation>
    </message>
    <message>
        <source>words</source>
        <translation>单词</translation>
    </message>
    <message>
        <source>the words to learn, e.g. PIGS,COWS</source>
        <translation>要学习的单词，例如 PIGS,COWS</translation>
    </message>
    <message>
        <source>Plurals: S or ES</source>
        <translation>复数：S 还是 ES</translation>
    </message>
    <message>
        <source>extra words</source>
        <translation>更多单词</translation>
    </message>
    <message>
        <source>more plurals to learn, e.g. HENS,MIXES</source>
        <translation>更多要学习的复数词，例如 HENS,MIXES</translation>
    </message>
    <message>
        <source>Long-range dependency</source>
        <translation>长程依赖</translation>
    </message>
    <message>
        <source>Each word is a plural padded with _ to five characters: PIGS_, FEES_, COWS_, CUPS_, BUSES, TAXES and more of the same two kinds. The cell reads the word letter by letter and is scored only on the ending: after the stem it must say S or E, and then S or _. The rule hides in the stem&apos;s last letter (BUS and TAX take ES, COW and FEE take S), and the same letter S must be answered differently depending on where it stands — after BU it is followed by E, after COW by _ — so the cell has to remember. After training, type BUS and let the cell continue: it writes E S; type COW and it writes S _. RATS, FANS, FOXES and SIXES are held out as a test of whether the rule was learnt rather than the words. Add your own plurals (DISHES, CHURCHES: longer words pad everything to the longest). An Elman RNN learns this as fast as an LSTM: the memory it needs reaches back only a few letters. For a task that only gated cells learn, train the three side by side on the long-range dependency.</source>
        <translation>每个单词都是一个英语复数词，用 _ 补足到五个字符：PIGS_、FEES_、COWS_、CUPS_、BUSES、TAXES，以及更多同样两类的词。单元逐个字母读入单词，只在词尾处计分：读完词干后它必须说出 S 或 E，然后是 S 或 _。规则藏在词干的最后一个字母里（BUS 和 TAX 加 ES，COW 和 FEE 加 S），而同一个字母 S 要根据所在位置给出不同的回答——BU 之后跟 E，COW 之后跟 _——所以单元必须记住前面的内容。训练之后，输入 BUS 让单元接着写：它会写出 E S；输入 COW，它会写出 S _。RATS、FANS、FOXES 和 SIXES 被留作测试，检验它学到的是规则而不是单词本身。添加你自己的复数词（DISHES、CHURCHES：更长的单词会让所有单词都补足到最长的长度）。Elman RNN 学会它和 LSTM 一样快：它需要的记忆只回溯几个字母。想看只有带门单元才能学会的任务，请在长程依赖任务上把三种单元并排训练。</translation>
    </message>
    <message>
        <source>Each sequence starts with A or B, then L random distractors from w x y z, then a ?. At the ? the cell must say which symbol came first — only that last step has a target (many-to-one), so the error signal has to travel back L + 1 steps to the symbol that matters. In an Elman RNN it is multiplied by W_hh and tanh&apos; at every step and fades away, so the RNN stays at guessing (50 %). The LSTM&apos;s cell state is a constant error carousel: with the forget gate near 1, cₜ = fₜ ⊙ cₜ₋₁ + … carries the symbol and its gradient across the gap almost unchanged, and the GRU&apos;s update gate does the same for h. With the defaults (L = 20, at most 6 epochs, the three cells side by side on the same data) the LSTM and the GRU reach 100 % within a few epochs while the RNN stays at 50 %: the same budget, and only the gated cells learn. (Given many more epochs an RNN sometimes stumbles on a saturated unit that latches the symbol.) A gate&apos;s memory lasts about 1 / (1 − f) steps, so the gated cells start with chrono initialisation (forget-gate biases spread up to log L): with the usual b_f = 1 (f ≈ 0.73, a memory of four steps) an LSTM rarely learns a gap of 20 — switch chrono off to see why it is there. The test sequences are fresh ones the cell never saw.</source>
        <translation>每个序列以 A 或 B 开头，接着是从 w x y z 中随机抽取的 L 个干扰符号，最后是一个 ?。读到 ? 时，单元必须说出开头是哪个符号——只有最后这一步有目标（多对一），所以误差信号必须回传 L + 1 步，才能到达关键的那个符号。在 Elman RNN 中，它每一步都要乘以 W_hh 和 tanh&apos;，逐渐消失，所以 RNN 一直停留在瞎猜（50 %）。LSTM 的细胞状态是一条恒定误差传送带：遗忘门接近 1 时，cₜ = fₜ ⊙ cₜ₋₁ + … 能把符号及其梯度几乎不变地带过这段间隔，GRU 的更新门对 h 也起同样的作用。使用默认设置（L = 20，最多 6 轮，三种单元在同一数据上并排训练）时，LSTM 和 GRU 在几轮之内就达到 100 %，而 RNN 停留在 50 %：预算相同，只有带门的单元学会了。（如果训练轮数多得多，RNN 有时会碰巧得到一个饱和单元把符号锁住。）一个门的记忆大约持续 1 / (1 − f) 步，所以带门的单元使用 chrono 初始化（遗忘门偏置分布到 log L）：如果用常见的 b_f = 1（f ≈ 0.73，只能记住四步），LSTM 很少能学会 20 步的间隔——关掉 chrono，看看为什么需要它。测试序列是单元从未见过的新序列。</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>L, the number of distractors between the symbol and the ?</source>
        <translation>L，符号与 ? 之间的干扰符号个数</translation>
    </message>
    <message>
        <source>sequences</source>
        <translation>序列数</translation>
    </message>
    <message>
        <source>how many training sequences</source>
        <translation>训练序列的数量</translation>
    </message>
    <message>
        <source>Sentiment (many-to-one)</source>
        <translation>情感分类（多对一）</translation>
    </message>
    <message>
        <source>Short film reviews written for the app, read one word at a time; only after the last word does the cell answer POSITIVE or NEGATIVE (many-to-one). Many reviews come in pairs that differ by one word — &apos;not bad&apos; is positive, &apos;not good&apos; negative, &apos;i liked it&apos; and &apos;i did not like it&apos; — so the cell cannot just add up good and bad words: it must carry the &apos;not&apos; along until the word it turns around. A seeded fifth of the reviews is held out as a test split; words that occur only there were never learnt, which is why the test accuracy stays below the training accuracy. Add your own reviews as &apos;+ words&apos; or &apos;- words&apos;.</source>
        <translation>为本应用编写的简短英文影评，一次读入一个单词；只有在最后一个单词之后，单元才回答 POSITIVE 或 NEGATIVE（多对一）。很多影评成对出现，只差一个单词——&apos;not bad&apos; 是正面，&apos;not good&apos; 是负面，&apos;i liked it&apos; 与 &apos;i did not like it&apos;——所以单元不能简单地把好词和坏词加起来：它必须把 &apos;not&apos; 一直带到被它反转的那个单词。按随机种子选出五分之一的影评留作测试集；只在那里出现的单词从未被学过，所以测试准确率总是低于训练准确率。以 &apos;+ 单词&apos; 或 &apos;- 单词&apos; 的形式添加你自己的影评。</translation>
    </message>
    <message>
        <source>extra phrases</source>
        <translation>更多短句</translation>
    </message>
    <message>
        <source>more reviews, each &apos;+ words&apos; or &apos;- words&apos;</source>
        <translation>更多影评，每条为 &apos;+ 单词&apos; 或 &apos;- 单词&apos;</translation>
    </message>
    <message>
        <source>test fraction</source>
        <translation>测试比例</translation>
    </message>
    <message>
        <source>the share of reviews held out for testing</source>
        <translation>留作测试的影评比例</translation>
    </message>
    <message>
        <source>Character language model</source>
        <translation>字符级语言模型</translation>
    </message>
    <message>
        <source>A short story written for the app (&apos;the cell and the gate&apos;), cut into pieces of 16 characters. At every character the cell guesses the next one, as in the next-character task but on real text, where no guess is ever certain — so the accuracy will not reach 100 %, and the loss (the surprise, in nats per character) is the better measure. Once trained, use the generation panel: prime it with a few letters and let it write, drawing each character from its output distribution and feeding it back in. The last fifth of the text is the test split. Paste your own text instead (at least a few hundred characters; line breaks become spaces).</source>
        <translation>一篇为本应用编写的英文小故事（&apos;the cell and the gate&apos;），切成每段 16 个字符。在每个字符处，单元猜下一个字符，和“下一个字符”任务一样，只不过是在真实文本上，没有哪个猜测是确定的——所以准确率达不到 100 %，损失（即意外程度，单位为每字符 nat）是更好的衡量标准。训练之后，使用生成面板：给它几个字母作为开头，让它接着写，每个字符都从输出分布中抽取并送回输入。文本的最后五分之一是测试集。也可以粘贴你自己的文本（至少几百个字符；换行会变成空格）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>the text to learn (empty: the shipped story)</source>
        <translation>要学习的文本（留空：使用自带的故事）</translation>
    </message>
    <message>
        <source>length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>characters per training piece (BPTT length)</source>
        <translation>每个训练片段的字符数（BPTT 长度）</translation>
    </message>
    <message>
        <source>the share of the text held out at its end</source>
        <translation>留在文本末尾的比例</translation>
    </message>
    <message>
        <source>{tokens} tokens, {train} training sequences ({targets} targets), no test split</source>
        <translation>{tokens} 个词元，{train} 条训练序列（{targets} 个目标），没有测试集</translation>
    </message>
    <message>
        <source>{tokens} tokens, {train} training sequences ({targets} targets), {test} test sequences</source>
        <translation>{tokens} 个词元，{train} 条训练序列（{targets} 个目标），{test} 条测试序列</translation>
    </message>
    <message>
        <source>{option}: {word} is not a plural ending in S or ES</source>
        <translation>{option}：{word} 不是以 S 或 ES 结尾的复数</translation>
    </message>
    <message>
        <source>Chance is {share}: a cell that forgot the first symbol can only guess.</source>
        <translation>随机猜测的准确率是 {share}：忘记了第一个符号的单元只能靠猜。</translation>
    </message>
    <message>
        <source>{characters} characters in pieces of {length}; the last {share} is the test split.</source>
        <translation>{characters} 个字符，切成每段 {length} 个字符；最后的 {share} 是测试集。</translation>
    </message>
    <message>
        <source>{option}: {value} is outside {low}..{high} for the {task} task</source>
        <translation>{option}：{value} 超出了 {task} 任务的范围 {low}..{high}</translation>
    </message>
    <message>
        <source>{option}: an empty word</source>
        <translation>{option}：有一个空单词</translation>
    </message>
    <message>
        <source>{option}: {word}… is longer than {limit} characters</source>
        <translation>{option}：{word}… 超过了 {limit} 个字符</translation>
    </message>
    <message>
        <source>{option}: {word} contains white space</source>
        <translation>{option}：{word} 含有空白字符</translation>
    </message>
    <message>
        <source>{option}: give at least one word, e.g. {example}</source>
        <translation>{option}：请至少给出一个单词，例如 {example}</translation>
    </message>
    <message>
        <source>{option}: {word} is too short (a word needs at least two characters)</source>
        <translation>{option}：{word} 太短（一个单词至少需要两个字符）</translation>
    </message>
    <message>
        <source>Some words share a beginning but continue differently, so at best {share} of the guesses can be right.</source>
        <translation>有些单词开头相同但后面不同，所以最多只有 {share} 的猜测能猜对。</translation>
    </message>
    <message>
        <source>{option}: {word} is not a word of the letters A to Z</source>
        <translation>{option}：{word} 不是由字母 A 到 Z 组成的单词</translation>
    </message>
    <message>
        <source>Words that appear only in the test split (the cell never learnt them): {words}</source>
        <translation>只出现在测试集中的单词（单元从未学过它们）：{words}</translation>
    </message>
    <message>
        <source>{option}: {characters} characters is too short for pieces of {length} (give more text)</source>
        <translation>{option}：{characters} 个字符太短，不够切成每段 {length} 个字符（请提供更多文本）</translation>
    </message>
    <message>
        <source>{option}: line {number} should be &apos;+ words&apos; or &apos;- words&apos;, got {line}</source>
        <translation>{option}：第 {number} 行应为 &apos;+ 单词&apos; 或 &apos;- 单词&apos;，实际是 {line}</translation>
    </message>
</context>
<context>
    <name>TeacherWarnings</name>
    <message>
        <source>c passes unchanged and</source>
        <translation>c 原样通过，且</translation>
    </message>
    <message>
        <source>all of C̃ enters c and</source>
        <translation>C̃ 全部进入 c，且</translation>
    </message>
    <message>
        <source>h shows all of tanh(c) and</source>
        <translation>h 完全输出 tanh(c)，且</translation>
    </message>
    <message>
        <source>cₜ₋₁ is wiped out (∂cₜ/∂cₜ₋₁ = f ≈ 0) and</source>
        <translation>cₜ₋₁ 被清除（∂cₜ/∂cₜ₋₁ = f ≈ 0），且</translation>
    </message>
    <message>
        <source>nothing new enters c and</source>
        <translation>没有新内容进入 c，且</translation>
    </message>
    <message>
        <source>h is shut off from c and</source>
        <translation>h 与 c 隔断，且</translation>
    </message>
    <message>
        <source>hₜ₋₁ is hidden from the candidate and</source>
        <translation>候选值看不到 hₜ₋₁，且</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>正向</translation>
    </message>
    <message>
        <source> (layer {layer}, {direction})</source>
        <translation>（第 {layer} 层，{direction}）</translation>
    </message>
    <message>
        <source> (layer {layer})</source>
        <translation>（第 {layer} 层）</translation>
    </message>
    <message>
        <source>{name}{where} is pinned at {level} ({symbol} = {value}) at {steps}: {derivative} ≈ {slope}, so {why}</source>
        <translation>{name}{where} 在 {steps} 处卡在 {level}（{symbol} = {value}）：{derivative} ≈ {slope}，因此{why}</translation>
    </message>
    <message>
        <source>the gradient through these steps nearly vanishes.</source>
        <translation>经过这些步的梯度几乎消失。</translation>
    </message>
    <message>
        <source>{name}{where} reaches {value} at t = {t}: relu does not bound h, and W_hh (largest |eigenvalue| {radius}) multiplies it at every step.</source>
        <translation>{name}{where} 在 t = {t} 时达到 {value}：relu 不限制 h，而 W_hh（最大 |特征值| {radius}）每一步都乘以它。</translation>
    </message>
    <message>
        <source>{name}{where} is 0 at every step (a dead relu: a_t ≤ 0), so no gradient flows through this unit at all.</source>
        <translation>{name}{where} 在每一步都为 0（死亡的 relu：a_t ≤ 0），因此没有任何梯度流过这个单元。</translation>
    </message>
    <message>
        <source>|{name}|{where} reaches {value} at t = {t}: c adds i ⊙ C̃ at every step and only f shrinks it, while tanh(c) is pinned at ±1.</source>
        <translation>|{name}|{where} 在 t = {t} 时达到 {value}：c 每一步都加上 i ⊙ C̃，只有 f 使它缩小，而 tanh(c) 卡在 ±1。</translation>
    </message>
    <message>
        <source>{lead} W_{p}, U_{p}, b_{p} of unit {unit} get almost no gradient there.</source>
        <translation>{lead}单元 {unit} 的 W_{p}、U_{p}、b_{p} 在那里几乎得不到梯度。</translation>
    </message>
    <message>
        <source>W_{p}, U_{p}, b_{p} of unit {unit} get almost no gradient there.</source>
        <translation>单元 {unit} 的 W_{p}、U_{p}、b_{p} 在那里几乎得不到梯度。</translation>
    </message>
    <message>
        <source>Overflow{where} at t = {t}: a number became too large for float64 (inf or NaN), so everything computed after it is meaningless — make the weights smaller.</source>
        <translation>溢出{where}，在 t = {t}：某个数对 float64 来说太大（inf 或 NaN），之后算出的一切都没有意义——请把权重调小。</translation>
    </message>
    <message>
        <source>The gradient dL/dh{where} overflows (inf or NaN) at t = {t}: it grew too large on its way back through time.</source>
        <translation>梯度 dL/dh{where} 在 t = {t} 时溢出（inf 或 NaN）：它在沿时间反向传播的途中变得太大。</translation>
    </message>
    <message>
        <source>‖dL/dhₜ‖{where} reaches {value} at t = {t}: the gradient grows as it goes back through time (‖∂hₜ/∂hₜ₋₁‖ &gt; 1); training would need clipping.</source>
        <translation>‖dL/dhₜ‖{where} 在 t = {t} 时达到 {value}：梯度沿时间反向传播时不断增大（‖∂hₜ/∂hₜ₋₁‖ &gt; 1）；训练需要梯度裁剪。</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>&lt;b&gt;Time&lt;/b&gt;</source>
        <translation>&lt;b&gt;时间&lt;/b&gt;</translation>
    </message>
    <message>
        <source>First step (Ctrl+Home)</source>
        <translation>第一步（Ctrl+Home）</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+Left)</source>
        <translation>上一步（Ctrl+Left）</translation>
    </message>
    <message>
        <source>Play / pause (Ctrl+P)</source>
        <translation>播放 / 暂停（Ctrl+P）</translation>
    </message>
    <message>
        <source>Next step (Ctrl+Right)</source>
        <translation>下一步（Ctrl+Right）</translation>
    </message>
    <message>
        <source>The current time step t: highlighted in every view</source>
        <translation>当前时间步 t：在每个视图中高亮显示</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Time per step while playing</source>
        <translation>播放时每步的时长</translation>
    </message>
    <message>
        <source>t = &lt;b&gt;{t}&lt;/b&gt; of {steps} &amp;nbsp; input &lt;b&gt;{token}&lt;/b&gt;</source>
        <translation>t = &lt;b&gt;{t}&lt;/b&gt;（共 {steps} 步） &amp;nbsp; 输入 &lt;b&gt;{token}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no steps</source>
        <translation>没有时间步</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>The model</source>
        <extracomment>(where, title, what it shows); the texts are translated where they are shown</extracomment>
        <translation>模型</translation>
    </message>
    <message>
        <source>Pick the cell — Elman RNN, LSTM, peephole LSTM, GRU — and its conventions, the hidden size and the vocabulary. The presets are ready-made networks; the equations of the cell are at the bottom.</source>
        <translation>选择细胞 —— Elman RNN、LSTM、窥视孔 LSTM、GRU —— 及其约定、隐藏层大小和词表。预设是现成的网络；细胞的方程在最下面。</translation>
    </message>
    <message>
        <source>The sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Type the input, e.g. PIG. Each column is one time step: the one-hot input x_t, the target (click to change it) and what the network predicts.</source>
        <translation>输入序列，例如 PIG。每一列是一个时间步：独热输入 x_t、目标（点击可更改）以及网络的预测。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step through the sequence or play it. Every view shows the step chosen here.</source>
        <translation>逐步浏览或播放序列。每个视图都显示这里选中的时间步。</translation>
    </message>
    <message>
        <source>Inside the cell</source>
        <translation>细胞内部</translation>
    </message>
    <message>
        <source>Gates over time, heat maps of every unit, the cell diagram, the network unrolled in time, the equations with today&apos;s numbers, and the gradient lab where gradients vanish or explode.</source>
        <translation>各门随时间的变化、每个单元的热力图、细胞图、按时间展开的网络、代入当前数值的方程，以及观察梯度消失或爆炸的梯度实验室。</translation>
    </message>
    <message>
        <source>The weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Every parameter as a table. Type a number or drag the slider: every view follows while you drag. Ctrl+Z undoes.</source>
        <translation>每个参数都是一张表。输入数字或拖动滑块：拖动时所有视图随之更新。Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>The output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>The softmax output p_t at the current step, the target and the loss.</source>
        <translation>当前时间步的 softmax 输出 p_t、目标和损失。</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Train the network on a task and watch it learn, generate text from it, print exercise worksheets.</source>
        <translation>在任务上训练网络并观察它学习、用它生成文本、打印练习题。</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Help ▸ Lessons opens the course: lessons and challenges that set up the studio for you and check what you build.</source>
        <translation>帮助 ▸ 课程 打开课程：课程和挑战会为你设置好工作室，并检查你搭建的内容。</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一个</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <source>End the tour</source>
        <translation>结束导览</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number}/{count}</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Model and training</source>
        <extracomment>Curves of up to this many epochs mark each epoch with a dot.</extracomment>
        <translation>模型与训练</translation>
    </message>
    <message>
        <source>RNN, LSTM and GRU side by side</source>
        <translation>RNN、LSTM 和 GRU 并排比较</translation>
    </message>
    <message>
        <source>chrono: the forget (update) gate biases start spread over log 1 … log T, so the gates remember for up to T steps; default: b_f = 1, a memory of about four steps</source>
        <translation>chrono：遗忘门（更新门）的偏置初始值分布在 log 1 … log T 之间，使门能记住最多 T 步；default：b_f = 1，大约只能记住四步</translation>
    </message>
    <message>
        <source>clip the gradient norm to this; 0 never clips</source>
        <translation>把梯度范数裁剪到这个值；0 表示不裁剪</translation>
    </message>
    <message>
        <source>seeds the weights, the batch order and the task&apos;s random data and split</source>
        <translation>用于权重、批次顺序以及任务的随机数据和数据划分的随机种子</translation>
    </message>
    <message>
        <source>stop at</source>
        <translation>达到后停止</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>单元类型</translation>
    </message>
    <message>
        <source>hidden units</source>
        <translation>隐藏单元数</translation>
    </message>
    <message>
        <source>initialisation</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>clip norm</source>
        <translation>裁剪范数</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>loss (nats per target)</source>
        <translation>损失（每个目标的 nat 数）</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>history</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>the run whose snapshots the scrubber moves through</source>
        <translation>滑块所浏览其快照的那一次运行</translation>
    </message>
    <message numerus="yes">
        <source>{cell}: training {training} after %n epochs</source>
        <translation>
            <numerusform>{cell}：训练 {training}，共 %n 轮</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{cell}: training {training}, test {test} after %n epochs</source>
        <translation>
            <numerusform>{cell}：训练 {training}，测试 {test}，共 %n 轮</numerusform>
        </translation>
    </message>
    <message>
        <source>test accuracy (the lower chart)</source>
        <translation>测试准确率（下方图表）</translation>
    </message>
    <message numerus="yes">
        <source>drag to move through %n snapshots</source>
        <translation>
            <numerusform>拖动以浏览 %n 个快照</numerusform>
        </translation>
    </message>
    <message>
        <source>{cell}: epoch {epoch} (step {step}) · loss {loss} · training accuracy {accuracy}</source>
        <translation>{cell}：第 {epoch} 轮（第 {step} 步）· 损失 {loss} · 训练准确率 {accuracy}</translation>
    </message>
    <message>
        <source>, test {accuracy}</source>
        <translation>，测试 {accuracy}</translation>
    </message>
    <message>
        <source>{cell}: epoch {epoch}: loss {loss}, accuracy {accuracy}</source>
        <translation>{cell}：第 {epoch} 轮：损失 {loss}，准确率 {accuracy}</translation>
    </message>
    <message>
        <source>train on {task}</source>
        <translation>训练：{task}</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>stopped at {where}: {what} (NaN or overflow); restored {kept}, the last with a finite loss and gradient — lower the learning rate or clip the gradient norm</source>
        <translation>在{where}停止：{what}（NaN 或溢出）；已恢复{kept}，即最后一组损失和梯度都有限的权重——请降低学习率或裁剪梯度范数</translation>
    </message>
    <message>
        <source>ran all {epochs} epochs; training accuracy {accuracy}</source>
        <translation>已运行全部 {epochs} 轮；训练准确率 {accuracy}</translation>
    </message>
    <message>
        <source>the starting weights</source>
        <translation>初始权重</translation>
    </message>
    <message>
        <source>the weights after step {step}</source>
        <translation>第 {step} 步之后的权重</translation>
    </message>
    <message>
        <source>epoch {epoch}, batch {batch} of {batches}</source>
        <translation>第 {epoch} 轮第 {batch} 批（共 {batches} 批）</translation>
    </message>
    <message>
        <source>reached {accuracy} training accuracy (target {target}) at epoch {epoch}</source>
        <translation>在第 {epoch} 轮达到 {accuracy} 的训练准确率（目标 {target}）</translation>
    </message>
    <message>
        <source>cancelled at {where}</source>
        <translation>在{where}取消</translation>
    </message>
    <message>
        <source>the loss became {value}</source>
        <translation>损失变成了 {value}</translation>
    </message>
    <message>
        <source>the gradient norm became {value}</source>
        <translation>梯度范数变成了 {value}</translation>
    </message>
    <message>
        <source>the update made {name} overflow</source>
        <translation>这次更新使 {name} 溢出</translation>
    </message>
    <message>
        <source>training failed: {error}</source>
        <translation>训练失败：{error}</translation>
    </message>
    <message>
        <source>stopped at {where}; the weights reached so far stay</source>
        <translation>在{where}停止；保留目前得到的权重</translation>
    </message>
    <message>
        <source>paused at {where} — Resume continues from there</source>
        <translation>在{where}暂停——点“继续”从那里接着训练</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>edit initial state</source>
        <translation>编辑初始状态</translation>
    </message>
    <message>
        <source>edit weights</source>
        <translation>编辑权重</translation>
    </message>
    <message>
        <source>type input</source>
        <translation>输入序列</translation>
    </message>
    <message>
        <source>set input</source>
        <translation>设置输入</translation>
    </message>
    <message>
        <source>remove input step</source>
        <translation>删除输入步</translation>
    </message>
    <message>
        <source>set target</source>
        <translation>设置目标</translation>
    </message>
    <message>
        <source>reset targets</source>
        <translation>重置目标</translation>
    </message>
    <message>
        <source>new model for training</source>
        <translation>用于训练的新模型</translation>
    </message>
    <message>
        <source>scrub training history</source>
        <translation>浏览训练历史</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>train on {task}</source>
        <translation>在{task}上训练</translation>
    </message>
    <message>
        <source>“{label}” no longer fits the model, so the undo history was cleared</source>
        <translation>“{label}”已不再适用于当前模型，因此撤销历史已被清空</translation>
    </message>
</context>
<context>
    <name>UnrolledView</name>
    <message>
        <source>predicted</source>
        <extracomment>Up to this many tokens every p_t[k] gets a bar, in vocabulary order; beyond it the bars show the RANKED most probable tokens of each step (the target among them), each labelled with its token. A cell&apos;s ⚠ mark stands this far above its box (and hovering it explains the warning). The softmax tooltip lists this many of the likeliest tokens. The same colours packed as 0xAARRGGBB, so that an image is one lookup (docs/performance.md).</extracomment>
        <translation>预测</translation>
    </message>
    <message>
        <source>{shown} likeliest of {count}</source>
        <translation>{count} 个中最可能的 {shown} 个</translation>
    </message>
    <message>
        <source>layer {layer}</source>
        <translation>第 {layer} 层</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>xₜ (input)</source>
        <translation>xₜ（输入）</translation>
    </message>
    <message>
        <source>Type an input sequence to unroll the network over it.</source>
        <extracomment>step -&gt; (predicted, target, the tokens with bars, input) as the column was last filled</extracomment>
        <translation>输入一个序列，把网络沿它展开。</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>target {token}</source>
        <translation>目标 {token}</translation>
    </message>
    <message>
        <source>t = {t}: predicted {token} (p = {p}), {verdict}</source>
        <translation>t = {t}：预测 {token}（p = {p}），{verdict}</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>{right} of {total} targets predicted.</source>
        <translation>{total} 个目标中预测对 {right} 个。</translation>
    </message>
    <message>
        <source>Each cell shows h (top) and c (bottom) as colours, one stripe per unit (&lt;span style=&apos;color:{blue}&apos;&gt;blue&lt;/span&gt; −1 … grey 0 … &lt;span style=&apos;color:{yellow}&apos;&gt;yellow&lt;/span&gt; +1); click a column to make it the current step.</source>
        <translation>每个单元用颜色显示 h（上）和 c（下），每个隐藏单元一条色带（&lt;span style=&apos;color:{blue}&apos;&gt;蓝&lt;/span&gt; −1 … 灰 0 … &lt;span style=&apos;color:{yellow}&apos;&gt;黄&lt;/span&gt; +1）；点击某一列可把它设为当前步。</translation>
    </message>
    <message>
        <source>Each cell shows h as colours, one stripe per unit (&lt;span style=&apos;color:{blue}&apos;&gt;blue&lt;/span&gt; −1 … grey 0 … &lt;span style=&apos;color:{yellow}&apos;&gt;yellow&lt;/span&gt; +1); click a column to make it the current step.</source>
        <translation>每个单元用颜色显示 h，每个隐藏单元一条色带（&lt;span style=&apos;color:{blue}&apos;&gt;蓝&lt;/span&gt; −1 … 灰 0 … &lt;span style=&apos;color:{yellow}&apos;&gt;黄&lt;/span&gt; +1）；点击某一列可把它设为当前步。</translation>
    </message>
    <message>
        <source>layer {layer} backward, t = {t}</source>
        <translation>第 {layer} 层反向，t = {t}</translation>
    </message>
    <message>
        <source>layer {layer}, t = {t}</source>
        <translation>第 {layer} 层，t = {t}</translation>
    </message>
</context>
<context>
    <name>WarningStrip</name>
    <message numerus="yes">
        <source>… and %n more (hover to read them all)</source>
        <translation>
            <numerusform>… 还有 %n 条（悬停查看全部）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>row {row}, column {column}</source>
        <extracomment>The slider&apos;s positions are C ints: its range stops at ±10 million, whatever the weight (a typed 1.07e7 overflowed it, and the edit was lost). Larger weights are typed; the slider then shows its end.</extracomment>
        <translation>第 {row} 行，第 {column} 列</translation>
    </message>
    <message>
        <source>the current input x_t is one-hot: only this column acts at this step</source>
        <translation>当前输入 x_t 是独热向量：这一步只有这一列起作用</translation>
    </message>
    <message>
        <source>set {entry}</source>
        <translation>设置 {entry}</translation>
    </message>
    <message>
        <source>Which parameter to show; the last entries stack or concatenate the gate matrices into one, the concatenated form W·[hₜ₋₁, xₜ]</source>
        <translation>要显示哪个参数；最后几项把各个门的矩阵堆叠或拼接成一个，即拼接形式 W·[hₜ₋₁, xₜ]</translation>
    </message>
    <message>
        <source>select an entry</source>
        <translation>选择一个元素</translation>
    </message>
    <message>
        <source>Drag to change the selected weight; every view follows live. One drag is one undo step.</source>
        <translation>拖动以改变选中的权重；所有视图实时跟随。一次拖动算一步撤销。</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>清零</translation>
    </message>
    <message>
        <source>Set every entry of this table to 0</source>
        <translation>把这张表的所有元素设为 0</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>单位阵</translation>
    </message>
    <message>
        <source>Ones on the diagonal of each square matrix, zeros elsewhere</source>
        <translation>每个方阵的对角线为 1，其余为 0</translation>
    </message>
    <message>
        <source>Randomise</source>
        <translation>随机化</translation>
    </message>
    <message>
        <source>Draw every entry from U(−1/√H, 1/√H), like a fresh model</source>
        <translation>像新模型一样，从 U(−1/√H, 1/√H) 中抽取每个元素</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>复原</translation>
    </message>
    <message>
        <source>Back to the values of the file or preset as opened or last saved</source>
        <translation>恢复为文件或预设打开时或上次保存时的值</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy this table as CSV</source>
        <translation>把这张表复制为 CSV</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Paste a matrix of the same shape into this table: CSV, Matlab&apos;s [1 2; 3 4] or NumPy&apos;s [[1, 2], [3, 4]]</source>
        <translation>将同样形状的矩阵粘贴到此表：CSV、Matlab 的 [1 2; 3 4] 或 NumPy 的 [[1, 2], [3, 4]]</translation>
    </message>
    <message>
        <source>copied {rows} × {columns} values as CSV</source>
        <translation>已复制 {rows} × {columns} 个值为 CSV</translation>
    </message>
    <message>
        <source>paste into {table}</source>
        <translation>粘贴到 {table}</translation>
    </message>
    <message>
        <source>pasted {rows} × {columns} values into {table}</source>
        <translation>已将 {rows} × {columns} 个值粘贴到 {table}</translation>
    </message>
    <message>
        <source>reset: this table did not exist in the file as opened</source>
        <translation>复原：打开的文件中没有这张表</translation>
    </message>
    <message>
        <source>zero {table}</source>
        <translation>{table} 清零</translation>
    </message>
    <message>
        <source>identity {table}</source>
        <translation>{table} 设为单位阵</translation>
    </message>
    <message>
        <source>randomise {table}</source>
        <translation>随机化 {table}</translation>
    </message>
    <message>
        <source>reset {table}</source>
        <translation>复原 {table}</translation>
    </message>
    <message>
        <source>{entry} (0-based), exact value {value}</source>
        <translation>{entry}（从 0 开始编号），精确值 {value}</translation>
    </message>
    <message>
        <source>drag {entry}</source>
        <translation>拖动 {entry}</translation>
    </message>
    <message>
        <source>nudge {entry}</source>
        <translation>微调 {entry}</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>done ✓</source>
        <translation>已完成 ✓</translation>
    </message>
    <message>
        <source>at step {step}</source>
        <translation>在第 {step} 步</translation>
    </message>
    <message>
        <source>Welcome to LSTM Studio</source>
        <translation>欢迎使用 LSTM Studio</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Lessons (*.json);;All files (*)</source>
        <translation>课程 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to LSTM Studio&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 LSTM Studio&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Watch recurrent cells work, change any weight and see every gate follow. Where would you like to start?</source>
        <translation>观察循环细胞如何工作，修改任意权重，看每个门随之变化。你想从哪里开始？</translation>
    </message>
    <message>
        <source>{lessons} lessons and {challenges} challenges, from one-hot inputs to long-range memory. The app checks what you build.</source>
        <translation>{lessons} 节课和 {challenges} 个挑战，从独热输入到长程记忆。应用会检查你搭建的内容。</translation>
    </message>
    <message>
        <source>Open a lesson file.</source>
        <translation>打开一个课程文件。</translation>
    </message>
    <message>
        <source>Take the course</source>
        <translation>学习课程</translation>
    </message>
    <message>
        <source>Tour the window (a minute)</source>
        <translation>窗口导览（一分钟）</translation>
    </message>
    <message>
        <source>Which panel shows what, one panel at a time.</source>
        <translation>逐个面板介绍各自显示的内容。</translation>
    </message>
    <message>
        <source>Go to the studio</source>
        <translation>进入工作室</translation>
    </message>
    <message>
        <source>Everything at once, no guide. Help ▸ Lessons brings this card back.</source>
        <translation>一次看到全部，没有引导。帮助 ▸ 课程 可再次打开此卡片。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The course&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;课程&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>you</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>挑战</translation>
    </message>
    <message>
        <source>The built-in course is not installed here; open a lesson file instead.</source>
        <translation>此处未安装内置课程；请改为打开一个课程文件。</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 返回</translation>
    </message>
    <message>
        <source>Open a lesson file…</source>
        <translation>打开课程文件…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>WorksheetDialog</name>
    <message>
        <source>Forward</source>
        <extracomment>The names of the question types and difficulties, translated where they are shown.</extracomment>
        <translation>前向计算</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <source>Conceptual</source>
        <translation>概念题</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <source>Export cancelled; the folder is as it was before.</source>
        <translation>导出已取消；文件夹保持原样。</translation>
    </message>
    <message>
        <source>cannot write: {error}</source>
        <translation>无法写入：{error}</translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation>练习卷</translation>
    </message>
    <message>
        <source>untitled model</source>
        <translation>未命名模型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>{name} ({cell}, hidden {hidden})</source>
        <translation>{name}（{cell}，隐藏层 {hidden}）</translation>
    </message>
    <message>
        <source>tokens, e.g. PIGS</source>
        <translation>词元，例如 PIGS</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>One variant per student: each has its own weights and code</source>
        <translation>每名学生一个版本：每个版本有自己的权重和代码</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>版本数</translation>
    </message>
    <message>
        <source>The same seed gives the same worksheets</source>
        <translation>相同的随机种子生成相同的练习卷</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Weights are rounded to this many decimals</source>
        <translation>权重四舍五入到这么多位小数</translation>
    </message>
    <message>
        <source>Weight decimals</source>
        <translation>权重小数位数</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>题型</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <source>For marking</source>
        <translation>用于评分</translation>
    </message>
    <message>
        <source>Students&apos; codes check answers but never show solutions; the answer keys print a key code that does</source>
        <translation>学生的代码只检查答案、从不显示解答；答案页会印出能显示解答的密钥代码</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Marking says which usual mistake a wrong answer looks like</source>
        <translation>评分时指出错误答案像哪种常见错误</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>optional: a CSV of names (and ids)</source>
        <translation>可选：包含姓名（和学号）的 CSV</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美式信纸）</translation>
    </message>
    <message>
        <source>One PDF for the class</source>
        <translation>全班一个 PDF</translation>
    </message>
    <message>
        <source>Every sheet in one PDF, each padded to an even page count for double-sided printing</source>
        <translation>所有工作表合成一个 PDF，每份补足为偶数页以便双面打印</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>The language of the sheets and keys: the same variants, numbers and codes in every language</source>
        <translation>练习单和答案的语言：每种语言中的变体、数字和代码都相同</translation>
    </message>
    <message>
        <source>Sheet language</source>
        <translation>练习单语言</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>LSTM Studio worksheets</source>
        <translation>LSTM Studio 练习卷</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Variant </source>
        <translation>版本 </translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>页面预览</translation>
    </message>
    <message>
        <source>Class roster</source>
        <translation>班级名单</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Folder for the worksheets</source>
        <translation>存放练习卷的文件夹</translation>
    </message>
    <message>
        <source>choose at least one question type</source>
        <translation>请至少选择一种题型</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>代码 {code}</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>choose at least one format</source>
        <translation>请至少选择一种格式</translation>
    </message>
    <message>
        <source>choose a folder</source>
        <translation>请选择一个文件夹</translation>
    </message>
    <message>
        <source>exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Wrote {files} files for {variants} variants to {folder} in {seconds} s.</source>
        <translation>已在 {seconds} 秒内把 {variants} 个版本的 {files} 个文件写入 {folder}。</translation>
    </message>
    <message>
        <source>export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
</context>
</TS>
