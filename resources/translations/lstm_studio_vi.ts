<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AnswerCheck</name>
    <message>
        <source> This sheet is marked: answers are checked, solutions stay with your instructor.</source>
        <extracomment>What the status line says about a graded sheet, in one place.</extracomment>
        <translation> Phiếu này được chấm điểm: đáp án được kiểm tra, lời giải do giảng viên của bạn giữ.</translation>
    </message>
    <message>
        <source> This sheet is marked: answers are checked (with hints), solutions stay with your instructor.</source>
        <translation> Phiếu này được chấm điểm: đáp án được kiểm tra (kèm gợi ý), lời giải do giảng viên của bạn giữ.</translation>
    </message>
    <message>
        <source> Key code: the worked solutions are open.</source>
        <translation> Mã đáp án: các lời giải chi tiết đã được mở.</translation>
    </message>
    <message>
        <source>question {number}</source>
        <translation>câu hỏi {number}</translation>
    </message>
    <message>
        <source>answer {number}</source>
        <translation>câu trả lời {number}</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Show solution</source>
        <translation>Xem lời giải</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Câu trả lời của bạn:</translation>
    </message>
    <message>
        <source>a letter, e.g. B</source>
        <translation>một chữ cái, ví dụ B</translation>
    </message>
    <message>
        <source>a token</source>
        <translation>một token</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message numerus="yes">
        <source>a number to %n decimals</source>
        <translation>
            <numerusform>một số với %n chữ số thập phân</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide solution</source>
        <translation>Ẩn lời giải</translation>
    </message>
    <message>
        <source>the code printed on your worksheet, e.g. {code}</source>
        <translation>mã in trên phiếu bài tập của bạn, ví dụ {code}</translation>
    </message>
    <message>
        <source>variant code</source>
        <translation>mã phiên bản</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Tải</translation>
    </message>
    <message>
        <source>Show the worksheet</source>
        <translation>Xem phiếu bài tập</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Kiểm tra tất cả</translation>
    </message>
    <message>
        <source>Variant code</source>
        <translation>Mã phiên bản</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Câu hỏi và đáp án</translation>
    </message>
    <message>
        <source>Variant {variant} · {cell} · hidden size {hidden} · vocabulary {vocabulary} · input {input} · {questions} questions. Type each answer and press Enter.</source>
        <translation>Phiên bản {variant} · {cell} · số đơn vị ẩn {hidden} · bộ từ vựng {vocabulary} · đầu vào {input} · {questions} câu hỏi. Nhập từng câu trả lời rồi nhấn Enter.</translation>
    </message>
    <message>
        <source>{right} of {total} right</source>
        <translation>đúng {right} trên {total}</translation>
    </message>
    <message>
        <source>Worksheet {code}</source>
        <translation>Phiếu bài tập {code}</translation>
    </message>
    <message>
        <source>Check my answers</source>
        <translation>Kiểm tra câu trả lời</translation>
    </message>
</context>
<context>
    <name>CellDiagram</name>
    <message>
        <source>W_hh hₜ₋₁: the recurrent part</source>
        <translation>W_hh hₜ₋₁: phần hồi quy</translation>
    </message>
    <message>
        <source>W_xh xₜ: the input part</source>
        <translation>W_xh xₜ: phần đầu vào</translation>
    </message>
    <message>
        <source>hₜ₋₁: the hidden state the cell received</source>
        <translation>hₜ₋₁: trạng thái ẩn mà ô nhận vào</translation>
    </message>
    <message>
        <source>xₜ: this step&apos;s input</source>
        <translation>xₜ: đầu vào của bước này</translation>
    </message>
    <message>
        <source>the bias b_h</source>
        <translation>độ lệch b_h</translation>
    </message>
    <message>
        <source>aₜ = W_xh xₜ + W_hh hₜ₋₁ + b_h, the pre-activation</source>
        <translation>aₜ = W_xh xₜ + W_hh hₜ₋₁ + b_h, tiền kích hoạt</translation>
    </message>
    <message>
        <source>hₜ: the new hidden state, passed on</source>
        <translation>hₜ: trạng thái ẩn mới, được truyền tiếp</translation>
    </message>
    <message>
        <source>hₜ goes to the output layer: yₜ = W_hy hₜ + b_y</source>
        <translation>hₜ đi vào tầng đầu ra: yₜ = W_hy hₜ + b_y</translation>
    </message>
    <message>
        <source>to yₜ, pₜ</source>
        <translation>tới yₜ, pₜ</translation>
    </message>
    <message>
        <source>W_hh hₜ₊₁: the recurrent part</source>
        <translation>W_hh hₜ₊₁: phần hồi quy</translation>
    </message>
    <message>
        <source>hₜ₊₁: the hidden state the cell received</source>
        <translation>hₜ₊₁: trạng thái ẩn mà ô nhận vào</translation>
    </message>
    <message>
        <source>aₜ = W_xh xₜ + W_hh hₜ₊₁ + b_h, the pre-activation</source>
        <translation>aₜ = W_xh xₜ + W_hh hₜ₊₁ + b_h, tiền kích hoạt</translation>
    </message>
    <message>
        <source>forget gate fₜ: how much of the old cell state to keep</source>
        <translation>cổng quên fₜ: giữ lại bao nhiêu trạng thái ô cũ</translation>
    </message>
    <message>
        <source>forget</source>
        <translation>quên</translation>
    </message>
    <message>
        <source>input gate iₜ: how much of the candidate to write</source>
        <translation>cổng vào iₜ: ghi bao nhiêu giá trị ứng viên</translation>
    </message>
    <message>
        <source>input</source>
        <translation>vào</translation>
    </message>
    <message>
        <source>candidate C̃ₜ: what could be written into the cell</source>
        <translation>ứng viên C̃ₜ: những gì có thể được ghi vào ô</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>ứng viên</translation>
    </message>
    <message>
        <source>output gate oₜ: how much of tanh(cₜ) to show as hₜ</source>
        <translation>cổng ra oₜ: cho thấy bao nhiêu tanh(cₜ) thành hₜ</translation>
    </message>
    <message>
        <source>output</source>
        <translation>ra</translation>
    </message>
    <message>
        <source>fₜ ⊙ cₜ₋₁: the part of the old cell state that is kept</source>
        <translation>fₜ ⊙ cₜ₋₁: phần trạng thái ô cũ được giữ lại</translation>
    </message>
    <message>
        <source>iₜ ⊙ C̃ₜ: what is written into the cell</source>
        <translation>iₜ ⊙ C̃ₜ: những gì được ghi vào ô</translation>
    </message>
    <message>
        <source>tanh(cₜ): the cell state squashed into (−1, 1)</source>
        <translation>tanh(cₜ): trạng thái ô bị nén vào (−1, 1)</translation>
    </message>
    <message>
        <source>cₜ₋₁: the cell state the cell received</source>
        <translation>cₜ₋₁: trạng thái ô mà ô nhận vào</translation>
    </message>
    <message>
        <source>fₜ ⊙ cₜ₋₁: the kept part of the old cell state</source>
        <translation>fₜ ⊙ cₜ₋₁: phần được giữ của trạng thái ô cũ</translation>
    </message>
    <message>
        <source>cₜ: the new cell state, passed to the next step</source>
        <translation>cₜ: trạng thái ô mới, được chuyển sang bước sau</translation>
    </message>
    <message>
        <source>cₜ on its way into tanh</source>
        <translation>cₜ trên đường vào tanh</translation>
    </message>
    <message>
        <source>fₜ, the forget gate&apos;s output</source>
        <translation>fₜ, đầu ra của cổng quên</translation>
    </message>
    <message>
        <source>iₜ, the input gate&apos;s output</source>
        <translation>iₜ, đầu ra của cổng vào</translation>
    </message>
    <message>
        <source>C̃ₜ, the candidate</source>
        <translation>C̃ₜ, giá trị ứng viên</translation>
    </message>
    <message>
        <source>iₜ ⊙ C̃ₜ, added to the cell state</source>
        <translation>iₜ ⊙ C̃ₜ, được cộng vào trạng thái ô</translation>
    </message>
    <message>
        <source>oₜ, the output gate&apos;s output</source>
        <translation>oₜ, đầu ra của cổng ra</translation>
    </message>
    <message>
        <source>[hₜ₋₁, xₜ]: what every layer reads</source>
        <translation>[hₜ₋₁, xₜ]: thứ mà mọi tầng đều đọc</translation>
    </message>
    <message>
        <source>fₜ ⊙ cₜ₊₁: the part of the old cell state that is kept</source>
        <translation>fₜ ⊙ cₜ₊₁: phần trạng thái ô cũ được giữ lại</translation>
    </message>
    <message>
        <source>cₜ₊₁: the cell state the cell received</source>
        <translation>cₜ₊₁: trạng thái ô mà ô nhận vào</translation>
    </message>
    <message>
        <source>fₜ ⊙ cₜ₊₁: the kept part of the old cell state</source>
        <translation>fₜ ⊙ cₜ₊₁: phần được giữ của trạng thái ô cũ</translation>
    </message>
    <message>
        <source>[hₜ₊₁, xₜ]: what every layer reads</source>
        <translation>[hₜ₊₁, xₜ]: thứ mà mọi tầng đều đọc</translation>
    </message>
    <message>
        <source>peephole: f also sees cₜ₋₁</source>
        <translation>peephole: f cũng nhìn thấy cₜ₋₁</translation>
    </message>
    <message>
        <source>peephole: i also sees cₜ₋₁</source>
        <translation>peephole: i cũng nhìn thấy cₜ₋₁</translation>
    </message>
    <message>
        <source>peephole: o also sees cₜ</source>
        <translation>peephole: o cũng nhìn thấy cₜ</translation>
    </message>
    <message>
        <source>peephole: f also sees cₜ₊₁</source>
        <translation>peephole: f cũng nhìn thấy cₜ₊₁</translation>
    </message>
    <message>
        <source>peephole: i also sees cₜ₊₁</source>
        <translation>peephole: i cũng nhìn thấy cₜ₊₁</translation>
    </message>
    <message>
        <source>update gate zₜ: how to mix the old state and the candidate</source>
        <translation>cổng cập nhật zₜ: trộn trạng thái cũ và ứng viên ra sao</translation>
    </message>
    <message>
        <source>update</source>
        <translation>cập nhật</translation>
    </message>
    <message>
        <source>candidate h̃ₜ: the proposed new state</source>
        <translation>ứng viên h̃ₜ: trạng thái mới được đề xuất</translation>
    </message>
    <message>
        <source>(1−zₜ) ⊙ hₜ₋₁: the part of the old state that is kept</source>
        <translation>(1−zₜ) ⊙ hₜ₋₁: phần trạng thái cũ được giữ lại</translation>
    </message>
    <message>
        <source>zₜ ⊙ h̃ₜ: the part of the candidate that is taken</source>
        <translation>zₜ ⊙ h̃ₜ: phần ứng viên được tiếp nhận</translation>
    </message>
    <message>
        <source>reset gate rₜ: how much of the old state the candidate may use</source>
        <translation>cổng đặt lại rₜ: ứng viên được dùng bao nhiêu trạng thái cũ</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>đặt lại</translation>
    </message>
    <message>
        <source>hₜ₋₁ into the gates</source>
        <translation>hₜ₋₁ vào các cổng</translation>
    </message>
    <message>
        <source>xₜ into the candidate</source>
        <translation>xₜ vào ứng viên</translation>
    </message>
    <message>
        <source>zₜ, the update gate&apos;s output</source>
        <translation>zₜ, đầu ra của cổng cập nhật</translation>
    </message>
    <message>
        <source>h̃ₜ, the candidate</source>
        <translation>h̃ₜ, giá trị ứng viên</translation>
    </message>
    <message>
        <source>1 − zₜ weighs the old state</source>
        <translation>1 − zₜ làm trọng số cho trạng thái cũ</translation>
    </message>
    <message>
        <source>zₜ weighs the candidate</source>
        <translation>zₜ làm trọng số cho ứng viên</translation>
    </message>
    <message>
        <source>rₜ, the reset gate&apos;s output</source>
        <translation>rₜ, đầu ra của cổng đặt lại</translation>
    </message>
    <message>
        <source>hₜ₋₁ into the reset</source>
        <translation>hₜ₋₁ vào phép đặt lại</translation>
    </message>
    <message>
        <source>rₜ ⊙ hₜ₋₁: what the candidate sees of the old state</source>
        <translation>rₜ ⊙ hₜ₋₁: phần trạng thái cũ mà ứng viên nhìn thấy</translation>
    </message>
    <message>
        <source>(1−zₜ) ⊙ hₜ₊₁: the part of the old state that is kept</source>
        <translation>(1−zₜ) ⊙ hₜ₊₁: phần trạng thái cũ được giữ lại</translation>
    </message>
    <message>
        <source>hₜ₊₁ into the gates</source>
        <translation>hₜ₊₁ vào các cổng</translation>
    </message>
    <message>
        <source>hₜ₊₁ into the reset</source>
        <translation>hₜ₊₁ vào phép đặt lại</translation>
    </message>
    <message>
        <source>rₜ ⊙ hₜ₊₁: what the candidate sees of the old state</source>
        <translation>rₜ ⊙ hₜ₊₁: phần trạng thái cũ mà ứng viên nhìn thấy</translation>
    </message>
    <message>
        <source>zₜ ⊙ hₜ₋₁: the part of the old state that is kept</source>
        <translation>zₜ ⊙ hₜ₋₁: phần trạng thái cũ được giữ lại</translation>
    </message>
    <message>
        <source>(1−zₜ) ⊙ h̃ₜ: the part of the candidate that is taken</source>
        <translation>(1−zₜ) ⊙ h̃ₜ: phần ứng viên được tiếp nhận</translation>
    </message>
    <message>
        <source>zₜ weighs the old state</source>
        <translation>zₜ làm trọng số cho trạng thái cũ</translation>
    </message>
    <message>
        <source>1 − zₜ weighs the candidate</source>
        <translation>1 − zₜ làm trọng số cho ứng viên</translation>
    </message>
    <message>
        <source>zₜ ⊙ hₜ₊₁: the part of the old state that is kept</source>
        <translation>zₜ ⊙ hₜ₊₁: phần trạng thái cũ được giữ lại</translation>
    </message>
    <message>
        <source>U_h hₜ₋₁ + b_hn (reset after: the reset gate multiplies this, after U_h; PyTorch&apos;s nₜ is the candidate h̃ₜ)</source>
        <translation>U_h hₜ₋₁ + b_hn (đặt lại sau: cổng đặt lại nhân với đại lượng này, sau U_h; nₜ của PyTorch là ứng viên h̃ₜ)</translation>
    </message>
    <message>
        <source>rₜ ⊙ (U_h hₜ₋₁ + b_hn): the reset recurrent part</source>
        <translation>rₜ ⊙ (U_h hₜ₋₁ + b_hn): phần hồi quy đã được đặt lại</translation>
    </message>
    <message>
        <source>U_h hₜ₊₁ + b_hn (reset after: the reset gate multiplies this, after U_h; PyTorch&apos;s nₜ is the candidate h̃ₜ)</source>
        <translation>U_h hₜ₊₁ + b_hn (đặt lại sau: cổng đặt lại nhân với đại lượng này, sau U_h; nₜ của PyTorch là ứng viên h̃ₜ)</translation>
    </message>
    <message>
        <source>{title} (wire) = {value}</source>
        <translation>{title} (dây nối) = {value}</translation>
    </message>
    <message>
        <source>{title} (box) = {value}</source>
        <translation>{title} (khối) = {value}</translation>
    </message>
    <message>
        <source>{title} (wire)</source>
        <translation>{title} (dây nối)</translation>
    </message>
    <message>
        <source>{title} (box)</source>
        <translation>{title} (khối)</translation>
    </message>
    <message>
        <source>hₜ₋₁ into U_h</source>
        <translation>hₜ₋₁ vào U_h</translation>
    </message>
    <message>
        <source>hₜ₊₁ into U_h</source>
        <translation>hₜ₊₁ vào U_h</translation>
    </message>
    <message>
        <source>rₜ ⊙ (U_h hₜ₊₁ + b_hn): the reset recurrent part</source>
        <translation>rₜ ⊙ (U_h hₜ₊₁ + b_hn): phần hồi quy đã được đặt lại</translation>
    </message>
    <message>
        <source>hₜ₋₁ into the candidate (no reset gate: r ≡ 1)</source>
        <translation>hₜ₋₁ vào ứng viên (không có cổng đặt lại: r ≡ 1)</translation>
    </message>
    <message>
        <source>hₜ₊₁ into the candidate (no reset gate: r ≡ 1)</source>
        <translation>hₜ₊₁ vào ứng viên (không có cổng đặt lại: r ≡ 1)</translation>
    </message>
</context>
<context>
    <name>CellDiagramPanel</name>
    <message>
        <source>element…</source>
        <translation>thành phần…</translation>
    </message>
    <message>
        <source>Diagram element</source>
        <translation>Thành phần của sơ đồ</translation>
    </message>
    <message>
        <source>Every box and wire of the diagram with its value; choose one to see its equation</source>
        <translation>Mọi hộp và dây của sơ đồ cùng giá trị của nó; chọn một mục để xem phương trình của nó</translation>
    </message>
    <message>
        <source>Cell diagram</source>
        <translation>Sơ đồ ô nhớ</translation>
    </message>
    <message>
        <source>The chosen element: equation, numbers, derivative</source>
        <translation>Thành phần đã chọn: phương trình, các số, đạo hàm</translation>
    </message>
    <message>
        <source>arrow keys choose a box or wire, Enter shows its equation</source>
        <translation>phím mũi tên chọn một hộp hoặc dây, Enter hiện phương trình của nó</translation>
    </message>
</context>
<context>
    <name>CellOptions</name>
    <message>
        <source>φ in hₜ = φ(W_xh xₜ + W_hh hₜ₋₁ + b_h): tanh keeps h in (−1, 1); relu is unbounded.</source>
        <translation>φ trong hₜ = φ(W_xh xₜ + W_hh hₜ₋₁ + b_h): tanh giữ h trong (−1, 1); relu không bị chặn.</translation>
    </message>
    <message>
        <source>diagonal peepholes: each gate sees only its own unit&apos;s cell state (Gers &amp; Schmidhuber); full peepholes: a matrix P, every gate sees every unit&apos;s cell state, as in the concatenated form W·[cₜ₋₁, hₜ₋₁, xₜ].</source>
        <translation>peephole chéo: mỗi cổng chỉ nhìn trạng thái ô của chính đơn vị mình (Gers &amp; Schmidhuber); peephole đầy đủ: một ma trận P, mỗi cổng nhìn trạng thái ô của mọi đơn vị, như trong dạng ghép nối W·[cₜ₋₁, hₜ₋₁, xₜ].</translation>
    </message>
    <message>
        <source>reset before U_h: h̃ = tanh(W_h x + U_h (r ⊙ hₜ₋₁) + b_h) (Cho 2014, colah); reset after U_h: h̃ = tanh(W_h x + b_h + r ⊙ (U_h hₜ₋₁ + b_hn)) (cuDNN, PyTorch, which calls this h̃ nₜ); no reset gate (simplified): r ≡ 1.</source>
        <translation>đặt lại trước U_h: h̃ = tanh(W_h x + U_h (r ⊙ hₜ₋₁) + b_h) (Cho 2014, colah); đặt lại sau U_h: h̃ = tanh(W_h x + b_h + r ⊙ (U_h hₜ₋₁ + b_hn)) (cuDNN, PyTorch, nơi h̃ này được gọi là nₜ); không có cổng đặt lại (rút gọn): r ≡ 1.</translation>
    </message>
    <message>
        <source>z takes the new state: hₜ = (1 − z) ⊙ hₜ₋₁ + z ⊙ h̃ (colah, deeplearning.ai); z keeps the old state: hₜ = z ⊙ hₜ₋₁ + (1 − z) ⊙ h̃ (Cho 2014, PyTorch).</source>
        <translation>z nhận trạng thái mới: hₜ = (1 − z) ⊙ hₜ₋₁ + z ⊙ h̃ (colah, deeplearning.ai); z giữ trạng thái cũ: hₜ = z ⊙ hₜ₋₁ + (1 − z) ⊙ h̃ (Cho 2014, PyTorch).</translation>
    </message>
    <message>
        <source>z takes the new state</source>
        <translation>z nhận trạng thái mới</translation>
    </message>
    <message>
        <source>z keeps the old state</source>
        <translation>z giữ trạng thái cũ</translation>
    </message>
    <message>
        <source>reset before U_h</source>
        <translation>đặt lại trước U_h</translation>
    </message>
    <message>
        <source>reset after U_h</source>
        <translation>đặt lại sau U_h</translation>
    </message>
    <message>
        <source>no reset gate (simplified)</source>
        <translation>không có cổng đặt lại (rút gọn)</translation>
    </message>
    <message>
        <source>diagonal peepholes</source>
        <translation>peephole chéo</translation>
    </message>
    <message>
        <source>full peepholes</source>
        <translation>peephole đầy đủ</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <source>the constant error carousel: how cₜ moves with cₜ₋₁ (one step back)</source>
        <extracomment>The local derivative the info area shows for an element&apos;s equation: (of, wrt, entry kind, caption); the captions are translated where they are shown.</extracomment>
        <translation>băng chuyền lỗi hằng (constant error carousel): cₜ thay đổi theo cₜ₋₁ thế nào (lùi một bước)</translation>
    </message>
    <message>
        <source>how hₜ moves with hₜ₋₁ (one step back, everything else held fixed)</source>
        <translation>hₜ thay đổi theo hₜ₋₁ thế nào (lùi một bước, mọi thứ khác giữ nguyên)</translation>
    </message>
    <message>
        <source>how hₜ moves with the forget gate&apos;s bias</source>
        <translation>hₜ thay đổi theo độ lệch của cổng quên thế nào</translation>
    </message>
    <message>
        <source>how hₜ moves with the input gate&apos;s bias</source>
        <translation>hₜ thay đổi theo độ lệch của cổng vào thế nào</translation>
    </message>
    <message>
        <source>how hₜ moves with the candidate&apos;s bias</source>
        <translation>hₜ thay đổi theo độ lệch của ứng viên thế nào</translation>
    </message>
    <message>
        <source>how hₜ moves with the output gate&apos;s bias</source>
        <translation>hₜ thay đổi theo độ lệch của cổng ra thế nào</translation>
    </message>
    <message>
        <source>how hₜ moves with the update gate&apos;s bias</source>
        <translation>hₜ thay đổi theo độ lệch của cổng cập nhật thế nào</translation>
    </message>
    <message>
        <source>how hₜ moves with the reset gate&apos;s bias</source>
        <translation>hₜ thay đổi theo độ lệch của cổng đặt lại thế nào</translation>
    </message>
    <message>
        <source>how hₜ moves with b_hn</source>
        <translation>hₜ thay đổi theo b_hn thế nào</translation>
    </message>
    <message>
        <source>Click any box or wire to see its equation, the same with the numbers of unit j at this step, and a local derivative from the symbolic layer.</source>
        <extracomment>Which diagram element a warning about a quantity marks. While numbers keep changing (a slider drag) the symbolic derivative waits until they rest this long.</extracomment>
        <translation>Nhấp vào một hộp hoặc một đường dây bất kỳ để xem phương trình của nó, cũng phương trình đó với các số của đơn vị j ở bước này, và một đạo hàm cục bộ từ tầng ký hiệu.</translation>
    </message>
    <message>
        <source>Which hidden unit&apos;s numbers the diagram shows</source>
        <translation>Sơ đồ hiển thị các số của đơn vị ẩn nào</translation>
    </message>
    <message>
        <source>Which layer (and direction) of a stacked or bidirectional model to draw</source>
        <translation>Vẽ tầng nào (và chiều nào) của một mô hình xếp chồng hoặc hai chiều</translation>
    </message>
    <message>
        <source>σ gates are tinted by how open they are: dark = closed (0), yellow = open (1); tanh layers on blue (−1) – grey (0) – yellow (+1)</source>
        <translation>Cổng σ được tô màu theo độ mở: tối = đóng (0), vàng = mở (1); tầng tanh theo thang xanh lam (−1) – xám (0) – vàng (+1)</translation>
    </message>
    <message>
        <source>gate closed</source>
        <translation>cổng đóng</translation>
    </message>
    <message>
        <source>open</source>
        <translation>mở</translation>
    </message>
    <message>
        <source>type an input sequence to see the cell at work</source>
        <translation>hãy nhập một chuỗi đầu vào để xem ô hoạt động</translation>
    </message>
    <message>
        <source>xₜ = {token} (one-hot)</source>
        <translation>xₜ = {token} (one-hot)</translation>
    </message>
    <message>
        <source>xₜ = h of layer {layer}</source>
        <translation>xₜ = h của tầng {layer}</translation>
    </message>
    <message>
        <source>layer {layer} backward, </source>
        <translation>tầng {layer} chiều ngược, </translation>
    </message>
    <message>
        <source>layer {layer} forward, </source>
        <translation>tầng {layer} chiều xuôi, </translation>
    </message>
    <message>
        <source>layer {layer}, </source>
        <translation>tầng {layer}, </translation>
    </message>
    <message>
        <source>step &lt;b&gt;t = {t}&lt;/b&gt; of {steps}, input &lt;b&gt;{token}&lt;/b&gt;, unit &lt;b&gt;j = {unit}&lt;/b&gt;</source>
        <translation>bước &lt;b&gt;t = {t}&lt;/b&gt; trên {steps}, đầu vào &lt;b&gt;{token}&lt;/b&gt;, đơn vị &lt;b&gt;j = {unit}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>step &lt;b&gt;t = {t}&lt;/b&gt; of {steps}, unit &lt;b&gt;j = {unit}&lt;/b&gt;</source>
        <translation>bước &lt;b&gt;t = {t}&lt;/b&gt; trên {steps}, đơn vị &lt;b&gt;j = {unit}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>At t = {t}:</source>
        <translation>Tại t = {t}:</translation>
    </message>
    <message>
        <source>reset before: r multiplies hₜ₋₁ inside the candidate (Cho 2014, colah)</source>
        <translation>đặt lại trước: r nhân với hₜ₋₁ bên trong ứng viên (Cho 2014, colah)</translation>
    </message>
    <message>
        <source>reset after: r multiplies U_h hₜ₋₁ + b_hn (cuDNN, PyTorch)</source>
        <translation>đặt lại sau: r nhân với U_h hₜ₋₁ + b_hn (cuDNN, PyTorch)</translation>
    </message>
    <message>
        <source>no reset gate (the simplified GRU, r ≡ 1)</source>
        <translation>không có cổng đặt lại (GRU rút gọn, r ≡ 1)</translation>
    </message>
    <message>
        <source>z weighs the candidate: h = (1 − z) hₜ₋₁ + z h̃ (colah)</source>
        <translation>z làm trọng số cho ứng viên: h = (1 − z) hₜ₋₁ + z h̃ (colah)</translation>
    </message>
    <message>
        <source>z weighs the old state: h = z hₜ₋₁ + (1 − z) h̃ (PyTorch)</source>
        <translation>z làm trọng số cho trạng thái cũ: h = z hₜ₋₁ + (1 − z) h̃ (PyTorch)</translation>
    </message>
    <message>
        <source>diagonal peepholes: each gate sees its own unit&apos;s c</source>
        <translation>peephole chéo: mỗi cổng nhìn c của chính đơn vị mình</translation>
    </message>
    <message>
        <source>full peepholes: the gates see all of c through a matrix P</source>
        <translation>peephole đầy đủ: các cổng nhìn toàn bộ c qua một ma trận P</translation>
    </message>
    <message>
        <source>φ = relu (unbounded)</source>
        <translation>φ = relu (không bị chặn)</translation>
    </message>
    <message>
        <source>(colah&apos;s “Understanding LSTM Networks” layout)</source>
        <translation>(bố cục theo “Understanding LSTM Networks” của colah)</translation>
    </message>
    <message>
        <source>click any box or wire</source>
        <translation>nhấp vào một hộp hoặc đường dây bất kỳ</translation>
    </message>
    <message>
        <source>&lt;i&gt;rendering the equation…&lt;/i&gt;</source>
        <translation>&lt;i&gt;đang hiển thị phương trình…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>with the numbers (t = {t}, j = {unit}):</source>
        <translation>với các số (t = {t}, j = {unit}):</translation>
    </message>
    <message>
        <source>(local derivatives are shown for layer 1, forward direction)</source>
        <translation>(đạo hàm cục bộ chỉ hiển thị cho tầng 1, chiều xuôi)</translation>
    </message>
    <message>
        <source>Local derivative from the symbolic layer, {caption} — at t = {t}, j = {unit}:</source>
        <translation>Đạo hàm cục bộ từ tầng ký hiệu, {caption} — tại t = {t}, j = {unit}:</translation>
    </message>
    <message>
        <source>&lt;i&gt;rendering…&lt;/i&gt;</source>
        <translation>&lt;i&gt;đang hiển thị…&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>the test sequence {sequence} does not fit the model ({why})</source>
        <translation>chuỗi kiểm tra {sequence} không khớp với mô hình ({why})</translation>
    </message>
    <message>
        <source>{name} = {actual}, want {target} {mark}</source>
        <translation>{name} = {actual}, cần {target} {mark}</translation>
    </message>
    <message>
        <source>accuracy on {where} = {value} ({correct} of {counted} targets) {target} {mark}</source>
        <translation>độ chính xác trên {where} = {value} ({correct} trên {counted} đích) {target} {mark}</translation>
    </message>
    <message>
        <source>accuracy: {why} {mark}</source>
        <translation>độ chính xác: {why} {mark}</translation>
    </message>
    <message>
        <source>{n} test sequences</source>
        <translation>{n} chuỗi kiểm tra</translation>
    </message>
    <message>
        <source>no step has a target</source>
        <translation>không bước nào có đích</translation>
    </message>
    <message>
        <source>this input</source>
        <translation>đầu vào này</translation>
    </message>
    <message>
        <source>the test sequence</source>
        <translation>chuỗi kiểm tra</translation>
    </message>
    <message>
        <source>on {sequence}: {name}: {why} {mark}</source>
        <translation>trên {sequence}: {name}: {why} {mark}</translation>
    </message>
    <message>
        <source>you said {said}; {label} = {actual} {mark}</source>
        <translation>bạn đoán {said}; {label} = {actual} {mark}</translation>
    </message>
    <message>
        <source>on {sequence}: {line} (on the test sequence)</source>
        <translation>trên {sequence}: {line} (trên chuỗi kiểm tra)</translation>
    </message>
    <message>
        <source>there is no input to run (type a sequence)</source>
        <translation>chưa có đầu vào để chạy (hãy nhập một chuỗi)</translation>
    </message>
    <message>
        <source>expected {count} numbers, got {got}</source>
        <translation>cần {count} số, nhận được {got}</translation>
    </message>
    <message>
        <source>you said {said}; {label} = {actual}: off by {error} (tolerance {tolerance}) {mark}</source>
        <translation>bạn đoán {said}; {label} = {actual}: lệch {error} (dung sai {tolerance}) {mark}</translation>
    </message>
    <message>
        <source>largest miss {error} at {label} (you said {said}, it is {actual}; tolerance {tolerance}) {mark}</source>
        <translation>sai lệch lớn nhất {error} tại {label} (bạn đoán {said}, giá trị đúng là {actual}; dung sai {tolerance}) {mark}</translation>
    </message>
    <message>
        <source>on {sequence}: {line} (fails on {failed} of {total} test sequences)</source>
        <translation>trên {sequence}: {line} (không đạt trên {failed} trong {total} chuỗi kiểm tra)</translation>
    </message>
    <message>
        <source>on {sequence}: {line} (holds on all {total} test sequences)</source>
        <translation>trên {sequence}: {line} (đạt trên cả {total} chuỗi kiểm tra)</translation>
    </message>
    <message>
        <source>type the token you expect</source>
        <translation>hãy nhập token bạn dự đoán</translation>
    </message>
    <message>
        <source>{typed} is not a finite number</source>
        <translation>{typed} không phải là số hữu hạn</translation>
    </message>
    <message>
        <source>expected {count} number, got {got}</source>
        <translation>cần {count} số, nhận được {got}</translation>
    </message>
    <message>
        <source>{typed} is not a number</source>
        <translation>{typed} không phải là số</translation>
    </message>
    <message>
        <source>{quantity} needs a unit or token to be checked</source>
        <translation>{quantity} cần một đơn vị hoặc một token để kiểm tra</translation>
    </message>
    <message>
        <source>the {cell} has no cell state c</source>
        <translation>{cell} không có trạng thái ô c</translation>
    </message>
    <message>
        <source>{quantity} is not a single number of one sequence</source>
        <translation>{quantity} không phải là một số duy nhất của một chuỗi</translation>
    </message>
    <message>
        <source>prediction{t}</source>
        <translation>dự đoán{t}</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>độ chính xác</translation>
    </message>
    <message>
        <source>{name} (layer {layer}, backward)</source>
        <translation>{name} (tầng {layer}, chiều ngược)</translation>
    </message>
    <message>
        <source>{name} (layer {layer})</source>
        <translation>{name} (tầng {layer})</translation>
    </message>
    <message>
        <source>{quantity} needs a time step t</source>
        <translation>{quantity} cần một bước thời gian t</translation>
    </message>
    <message>
        <source>t={t} is beyond the input, which has {steps} steps</source>
        <translation>t={t} vượt quá đầu vào, vốn chỉ có {steps} bước</translation>
    </message>
    <message>
        <source>the model has {layers} layers, not {layer}</source>
        <translation>mô hình chỉ có {layers} tầng, không có tầng {layer}</translation>
    </message>
    <message>
        <source>the model is not bidirectional</source>
        <translation>mô hình không phải hai chiều</translation>
    </message>
    <message>
        <source>the {cell} has no gate {gate}</source>
        <translation>{cell} không có cổng {gate}</translation>
    </message>
    <message>
        <source>{quantity} needs a parameter (of)</source>
        <translation>{quantity} cần một tham số (of)</translation>
    </message>
    <message>
        <source>the {cell} model has no parameter {name}</source>
        <translation>mô hình {cell} không có tham số {name}</translation>
    </message>
    <message>
        <source>{entry} is outside {name}, which is {shape}</source>
        <translation>{entry} nằm ngoài {name}, vốn có kích thước {shape}</translation>
    </message>
    <message>
        <source>this step&apos;s targets do not fit the input (one target per input step)</source>
        <translation>các mục tiêu của bước này không khớp với đầu vào (mỗi bước đầu vào một mục tiêu)</translation>
    </message>
    <message>
        <source>t={t} is beyond the input, which has {steps} step</source>
        <translation>t={t} vượt quá đầu vào, vốn chỉ có {steps} bước</translation>
    </message>
    <message>
        <source>the model has {layers} layer, not {layer}</source>
        <translation>mô hình chỉ có {layers} tầng, không có tầng {layer}</translation>
    </message>
    <message>
        <source>the pre-activation a belongs to the Elman RNN, not the {cell}</source>
        <translation>tiền kích hoạt a thuộc về RNN Elman, không phải {cell}</translation>
    </message>
    <message>
        <source>the model has {units} hidden units, not {unit}</source>
        <translation>mô hình chỉ có {units} đơn vị ẩn, không có đơn vị {unit}</translation>
    </message>
    <message>
        <source>{token} is not in the model&apos;s vocabulary</source>
        <translation>{token} không có trong bộ từ vựng của mô hình</translation>
    </message>
    <message>
        <source>{name} is not a square matrix</source>
        <translation>{name} không phải là ma trận vuông</translation>
    </message>
    <message>
        <source>{name} has an entry that is not a finite number</source>
        <translation>{name} có một phần tử không phải là số hữu hạn</translation>
    </message>
    <message>
        <source>train: the model&apos;s vocabulary ({vocabulary}) is not the {task} task&apos;s ({expected}); go back to this step&apos;s model</source>
        <translation>huấn luyện: bộ từ vựng của mô hình ({vocabulary}) không phải của bài toán {task} ({expected}); hãy quay lại mô hình của bước này</translation>
    </message>
</context>
<context>
    <name>DiagramScene</name>
    <message>
        <source>click for the equation with the numbers</source>
        <translation>nhấp để xem phương trình với các số</translation>
    </message>
</context>
<context>
    <name>EquationsPanel</name>
    <message>
        <source>one unit j (sums over k)</source>
        <extracomment>form -&gt; its name, translated where it is shown</extracomment>
        <translation>một đơn vị j (tổng theo k)</translation>
    </message>
    <message>
        <source>vectors (⊙ element-wise)</source>
        <translation>vectơ (⊙ theo từng phần tử)</translation>
    </message>
    <message>
        <source>gates stacked: W·[h, x]</source>
        <translation>các cổng xếp chồng: W·[h, x]</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Dạng</translation>
    </message>
    <message>
        <source>How the equations are written: for one unit j, in vectors, or with the gates stacked into one matrix applied to [hₜ₋₁; xₜ], the concatenated form W·[hₜ₋₁, xₜ]</source>
        <translation>Cách viết các phương trình: cho một đơn vị j, dạng vectơ, hoặc xếp các cổng thành một ma trận nhân với [hₜ₋₁; xₜ], dạng ghép nối W·[hₜ₋₁, xₜ]</translation>
    </message>
    <message>
        <source>Whose numbers fill in the equations</source>
        <translation>Các số của đơn vị nào được điền vào phương trình</translation>
    </message>
    <message>
        <source>The equations could not be derived: {error}</source>
        <translation>Không thể suy ra các phương trình: {error}</translation>
    </message>
    <message>
        <source>type an input sequence to fill in the numbers</source>
        <translation>hãy nhập một chuỗi đầu vào để điền các số</translation>
    </message>
    <message>
        <source>numbers at &lt;b&gt;t = {t}&lt;/b&gt;, input &lt;b&gt;{token}&lt;/b&gt;, unit &lt;b&gt;j = {unit}&lt;/b&gt;</source>
        <translation>các số tại &lt;b&gt;t = {t}&lt;/b&gt;, đầu vào &lt;b&gt;{token}&lt;/b&gt;, đơn vị &lt;b&gt;j = {unit}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>numbers at &lt;b&gt;t = {t}&lt;/b&gt;, unit &lt;b&gt;j = {unit}&lt;/b&gt;</source>
        <translation>các số tại &lt;b&gt;t = {t}&lt;/b&gt;, đơn vị &lt;b&gt;j = {unit}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unit j needs only row j of each matrix: the Σₖ sums run along that row, and everything after them (⊙) goes unit by unit.</source>
        <translation>Đơn vị j chỉ cần hàng j của mỗi ma trận: các tổng Σₖ chạy dọc theo hàng đó, và mọi thứ sau chúng (⊙) tính theo từng đơn vị.</translation>
    </message>
    <message>
        <source>&lt;i&gt;rendering…&lt;/i&gt;</source>
        <translation>&lt;i&gt;đang hiển thị…&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Experiment</name>
    <message>
        <source>peephole LSTM</source>
        <extracomment>The cells&apos; names, translated where they are shown.</extracomment>
        <translation>LSTM peephole</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <extracomment>How a line of the legend draws each style.</extracomment>
        <translation>Độ dài chuỗi</translation>
    </message>
    <message>
        <source>Your input repeated to this many steps; the only target is at the end</source>
        <translation>Đầu vào của bạn được lặp lại đến số bước này; mục tiêu duy nhất nằm ở cuối</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>The seed of the fresh RNN, LSTM and GRU</source>
        <translation>Seed của RNN, LSTM và GRU mới khởi tạo</translation>
    </message>
    <message>
        <source>add the open model</source>
        <translation>thêm mô hình đang mở</translation>
    </message>
    <message>
        <source>Also run your model (with your weights) — edit them and watch its line move</source>
        <translation>Chạy cả mô hình của bạn (với trọng số của bạn) — hãy sửa chúng và xem đường của nó dịch chuyển</translation>
    </message>
    <message>
        <source>gradient reaching back d steps from the loss, relative to d = 0</source>
        <translation>gradient truyền ngược lại d bước tính từ hàm mất mát, so với d = 0</translation>
    </message>
    <message>
        <source>distance d from the loss (steps back)</source>
        <translation>khoảng cách d tới hàm mất mát (số bước lùi)</translation>
    </message>
    <message>
        <source>your {cell}</source>
        <translation>{cell} của bạn</translation>
    </message>
    <message>
        <source>{curve}  ×{factor} per step</source>
        <translation>{curve}  ×{factor} mỗi bước</translation>
    </message>
    <message>
        <source>{cell}: the carousel alone, Π fₜ</source>
        <translation>{cell}: chỉ riêng băng chuyền, Π fₜ</translation>
    </message>
    <message>
        <source>constant error carousel</source>
        <translation>băng chuyền lỗi hằng</translation>
    </message>
    <message>
        <source>Your input repeated to {steps} steps; the only target is at the end: the first token &lt;b&gt;{token}&lt;/b&gt;. A high line: the gradient still arrives from that far back. The RNN multiplies it by W_hhᵀ diag(tanh′) at every step; the LSTM&apos;s cell state only by fₜ — the &lt;b&gt;constant error carousel&lt;/b&gt; (dotted). A fresh LSTM has b_f = 1 (f ≈ 0.73), so its carousel fades too: try “Vanishing vs the carousel”.</source>
        <translation>Đầu vào của bạn được lặp lại thành {steps} bước; mục tiêu duy nhất nằm ở cuối: token đầu tiên &lt;b&gt;{token}&lt;/b&gt;. Đường nằm cao: gradient vẫn đến được từ xa như thế. RNN nhân nó với W_hhᵀ diag(tanh′) ở mỗi bước; trạng thái ô của LSTM chỉ nhân với fₜ — &lt;b&gt;băng chuyền lỗi hằng&lt;/b&gt; (nét chấm). Một LSTM mới khởi tạo có b_f = 1 (f ≈ 0,73), nên băng chuyền của nó cũng tắt dần: hãy thử “Tiêu biến và băng chuyền”.</translation>
    </message>
    <message>
        <source>“per step” is the average factor over the first 20 steps back.</source>
        <translation>“mỗi bước” là hệ số trung bình trên 20 bước lùi đầu tiên.</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>{quantity} at {when} (input {token})</source>
        <translation>{quantity} tại {when} (vào {token})</translation>
    </message>
    <message>
        <source>{p} = {softmax}, the scores {scores}</source>
        <translation>{p} = {softmax}, các điểm số {scores}</translation>
    </message>
    <message>
        <source>{head}: {scores}
{working}
(the scores are large, so every {exp} is first divided by {top}: the ratio stays the same and nothing overflows)</source>
        <translation>{head}: {scores}
{working}
(các điểm số lớn, nên mỗi {exp} được chia trước cho {top}: tỉ số không đổi và không bị tràn số)</translation>
    </message>
    <message>
        <source>loss at {when} = {working}
{total}</source>
        <translation>mất mát tại {when} = {working}
{total}</translation>
    </message>
    <message>
        <source>{head}
= {fn}(pre-activation) = {fn}({pre}) = {value}</source>
        <translation>{head}
= {fn}(tiền kích hoạt) = {fn}({pre}) = {value}</translation>
    </message>
    <message>
        <source>step {t} has no target: it adds nothing to the loss</source>
        <translation>bước {t} không có mục tiêu: nó không góp gì vào mất mát</translation>
    </message>
    <message>
        <source>{x} is the one-hot vector of &lt;b&gt;{token}&lt;/b&gt;, so each {sum} is the single entry {entry}.</source>
        <translation>{x} là vectơ one-hot của &lt;b&gt;{token}&lt;/b&gt;, nên mỗi tổng {sum} chính là một phần tử {entry}.</translation>
    </message>
    <message>
        <source>{equation} &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;(weights {first} and {second})&lt;/span&gt;</source>
        <translation>{equation} &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;(trọng số {first} và {second})&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{equation} &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;(every {ey} divided by {shift}; {token} is the predicted token)&lt;/span&gt;</source>
        <translation>{equation} &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;(mỗi {ey} chia cho {shift}; {token} là token dự đoán)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{equation} &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;({token} is the predicted token)&lt;/span&gt;</source>
        <translation>{equation} &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;({token} là token dự đoán)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{x} is the output of layer {layer} at this step (its h, {count} numbers).</source>
        <translation>{x} là đầu ra của tầng {layer} ở bước này (h của nó, {count} số).</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>negating {w}, {u} and {b} and switching to {option} gives the same network</source>
        <translation>đổi dấu {w}, {u} và {b} rồi chuyển sang {option} sẽ cho cùng một mạng</translation>
    </message>
    <message>
        <source>Keras&apos;s {layer} layer</source>
        <translation>tầng {layer} của Keras</translation>
    </message>
    <message>
        <source>{field} is not zero and a Keras .npz holds weights only (set the initial state to zero, or pass it as {argument} when calling the layer)</source>
        <translation>{field} khác không, mà tệp .npz của Keras chỉ chứa trọng số (hãy đặt trạng thái ban đầu về không, hoặc truyền nó qua {argument} khi gọi tầng)</translation>
    </message>
    <message>
        <source>{lstm} has no peephole connections ({params})</source>
        <translation>{lstm} không có kết nối peephole ({params})</translation>
    </message>
    <message>
        <source>{gru} applies the reset gate after {term} ({option}); this model resets before ({other})</source>
        <translation>{gru} áp dụng cổng đặt lại sau {term} ({option}); mô hình này đặt lại trước ({other})</translation>
    </message>
    <message>
        <source>in {gru} z keeps the old state ({equation}, {option}); this model uses {other} ({hint})</source>
        <translation>trong {gru}, z giữ trạng thái cũ ({equation}, {option}); mô hình này dùng {other} ({hint})</translation>
    </message>
    <message>
        <source>{gru} always has a reset gate; this model is the simplified GRU ({option})</source>
        <translation>{gru} luôn có cổng đặt lại; mô hình này là GRU rút gọn ({option})</translation>
    </message>
    <message>
        <source>cannot export to {framework}: {reason}</source>
        <translation>không xuất sang {framework} được: {reason}</translation>
    </message>
</context>
<context>
    <name>FocusControls</name>
    <message>
        <source>Unit &lt;i&gt;j&lt;/i&gt;</source>
        <translation>Đơn vị &lt;i&gt;j&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Tầng</translation>
    </message>
</context>
<context>
    <name>GatePlots</name>
    <message>
        <source>saturated: the gate&apos;s derivative is below 0.05 here, so little gradient flows through it</source>
        <extracomment>Above this many units the curves of one plot are drawn as a single item in one colour. Above this many cells a heat map shows no numbers. pyqtgraph&apos;s views stop at ±1e307, and it refuses an infinite range (&quot;Cannot set range [-inf, inf]&quot;). Plots a grid keeps ready: the most quantities of any cell (the LSTM&apos;s f, i, g, o, c and h). How long after a rebuild a grid starts making its spare plots (after the window has painted), and how long the numbers must have rested before it makes one (a plot is 13-15 ms: never during a slider drag). How far the saturation bands reach along the time axis, either way (past any number of steps). The delay between two plots made one per turn: 1 ms, a timer (a 0 ms single shot is a posted event, and Qt delivers every posted event before any timer: the plots would all be made in one turn).</extracomment>
        <translation>bão hòa: đạo hàm của cổng ở đây nhỏ hơn 0,05, nên gradient truyền qua rất ít</translation>
    </message>
    <message numerus="yes">
        <source>%n units, one line each</source>
        <translation>
            <numerusform>%n đơn vị, mỗi đơn vị một đường</numerusform>
        </translation>
    </message>
    <message>
        <source>grey bands: saturated (slope &amp;lt; 0.05)</source>
        <translation>dải xám: bão hòa (độ dốc &amp;lt; 0,05)</translation>
    </message>
    <message>
        <source>orange line: current step</source>
        <translation>đường màu cam: bước hiện tại</translation>
    </message>
    <message>
        <source>σ gates: dark 0 → yellow 1 &amp;nbsp;&amp;nbsp; others: &lt;span style=&apos;color:{negative}&apos;&gt;blue −&lt;/span&gt; · grey 0 · &lt;span style=&apos;color:{positive}&apos;&gt;yellow +&lt;/span&gt;</source>
        <translation>cổng σ: tối 0 → vàng 1 &amp;nbsp;&amp;nbsp; còn lại: &lt;span style=&apos;color:{negative}&apos;&gt;xanh lam −&lt;/span&gt; · xám 0 · &lt;span style=&apos;color:{positive}&apos;&gt;vàng +&lt;/span&gt;</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
</context>
<context>
    <name>Generation</name>
    <message>
        <source>tokens to start from, e.g. BUS</source>
        <extracomment>The temperature slider runs over 0 … MAX_TEMPERATURE in steps of 1 / TEMPERATURE_STEPS.</extracomment>
        <translation>các token để bắt đầu, ví dụ BUS</translation>
    </message>
    <message>
        <source>prime</source>
        <translation>mồi</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>nhiệt độ</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Bắt đầu lại</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Một bước</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Rút</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>xác suất</translation>
    </message>
    <message>
        <source>0 (greedy)</source>
        <translation>0 (tham lam)</translation>
    </message>
    <message>
        <source>A bidirectional model reads the sequence backwards too; it cannot generate.</source>
        <translation>Mô hình hai chiều còn đọc chuỗi theo chiều ngược; nó không thể sinh chuỗi.</translation>
    </message>
    <message>
        <source>step {t}: read {read}, drew {drawn} with p = {p}</source>
        <translation>bước {t}: đọc {read}, rút được {drawn} với p = {p}</translation>
    </message>
    <message>
        <source>(model&apos;s own p = {p})</source>
        <translation>(p của chính mô hình = {p})</translation>
    </message>
    <message>
        <source>the distribution of the first token to draw</source>
        <translation>phân phối của token đầu tiên sẽ được rút</translation>
    </message>
</context>
<context>
    <name>GradientDemos</name>
    <message>
        <source>Vanishing vs the carousel</source>
        <translation>Tiêu biến và băng chuyền</translation>
    </message>
    <message>
        <source>Opens an LSTM with b_f = 5 (f ≈ 0.99) and compares it with a fresh RNN, LSTM and GRU: the RNN&apos;s gradient fades within a few steps, the LSTM&apos;s cell state carries it back almost unchanged.</source>
        <translation>Mở một LSTM với b_f = 5 (f ≈ 0,99) và so sánh nó với RNN, LSTM và GRU mới khởi tạo: gradient của RNN tắt dần chỉ sau vài bước, còn trạng thái ô của LSTM mang nó ngược về gần như không đổi.</translation>
    </message>
    <message>
        <source>Explosion (relu)</source>
        <translation>Bùng nổ (relu)</translation>
    </message>
    <message>
        <source>Opens an Elman RNN with relu and W_hh = 2·I: relu&apos;s slope is 1, so every step back doubles the gradient.</source>
        <translation>Mở một Elman RNN với relu và W_hh = 2·I: độ dốc của relu là 1, nên mỗi bước lùi lại nhân đôi gradient.</translation>
    </message>
    <message>
        <source>Saturation (tanh)</source>
        <translation>Bão hòa (tanh)</translation>
    </message>
    <message>
        <source>The same W_hh = 2·I with tanh: its largest eigenvalue is 2, yet the gradient vanishes, because tanh saturates and its slope shrinks every step.</source>
        <translation>Cùng W_hh = 2·I nhưng với tanh: trị riêng lớn nhất là 2, vậy mà gradient vẫn tiêu biến, vì tanh bão hòa và độ dốc của nó giảm ở mỗi bước.</translation>
    </message>
</context>
<context>
    <name>GradientLab</name>
    <message>
        <source>The parameter whose gradient the lab explains</source>
        <extracomment>Above this much work (steps × units² × gates) the finite differences run on the worker, once the numbers rest (like the symbolic part). While numbers keep changing (a slider drag) the symbolic part waits until they rest this long: a story told in the window&apos;s process shares its interpreter with the window. Up to this much work (steps × units² × gates × layers) the story is told in the window&apos;s process from the formulas written ahead of time — a few milliseconds for the presets, at once, as the small finite differences are computed; no process to wait for, no sympy. Above it the symbolic process tells it, so a long chain through the steps never holds the window (docs/performance.md). ... a moment after the update that asked for it, once the window has painted that update.</extracomment>
        <translation>Tham số mà phòng thí nghiệm giải thích gradient</translation>
    </message>
    <message>
        <source>row</source>
        <translation>hàng</translation>
    </message>
    <message>
        <source>column</source>
        <translation>cột</translation>
    </message>
    <message>
        <source>Undo brings your model back.</source>
        <translation>Hoàn tác sẽ đưa mô hình của bạn trở lại.</translation>
    </message>
    <message>
        <source>Demos:</source>
        <translation>Minh họa:</translation>
    </message>
    <message>
        <source>Gradient views</source>
        <translation>Các góc nhìn gradient</translation>
    </message>
    <message>
        <source>dL/dθ of every entry as a heat map</source>
        <translation>dL/dθ của mọi phần tử dưới dạng bản đồ nhiệt</translation>
    </message>
    <message>
        <source>dL/dθ explained</source>
        <translation>dL/dθ được giải thích</translation>
    </message>
    <message>
        <source>per step</source>
        <translation>theo từng bước</translation>
    </message>
    <message>
        <source>‖dL/dhₜ‖ (and ‖dL/dcₜ‖) over time, log scale (a gap: exactly 0)</source>
        <translation>‖dL/dhₜ‖ (và ‖dL/dcₜ‖) theo thời gian, thang log (khoảng trống: đúng bằng 0)</translation>
    </message>
    <message>
        <source>how much hₖ still moves hₜ: ‖∂hₜ/∂hₖ‖ for the current t (orange line), largest singular value</source>
        <translation>hₖ còn tác động đến hₜ bao nhiêu: ‖∂hₜ/∂hₖ‖ cho t hiện tại (đường màu cam), giá trị kỳ dị lớn nhất</translation>
    </message>
    <message>
        <source>through time</source>
        <translation>xuyên thời gian</translation>
    </message>
    <message>
        <source>The eigenvalues of W_hh belong to the Elman RNN, whose state is multiplied by W_hh at every step: open an RNN to see them. For this cell, the “through time” page shows the Jacobian products that play the same part.</source>
        <translation>Các trị riêng của W_hh thuộc về Elman RNN, mạng có trạng thái được nhân với W_hh ở mỗi bước: hãy mở một RNN để xem chúng. Với ô này, trang “xuyên thời gian” cho thấy các tích Jacobi đóng vai trò tương tự.</translation>
    </message>
    <message>
        <source>eigenvalues of Wₕₕ</source>
        <translation>trị riêng của Wₕₕ</translation>
    </message>
    <message>
        <source>RNN vs LSTM vs GRU</source>
        <translation>RNN, LSTM và GRU</translation>
    </message>
    <message>
        <source>BPTT (engine)</source>
        <translation>BPTT (engine)</translation>
    </message>
    <message>
        <source>dL/dθ from backpropagation through time</source>
        <translation>dL/dθ từ lan truyền ngược theo thời gian</translation>
    </message>
    <message>
        <source>finite differences</source>
        <translation>sai phân hữu hạn</translation>
    </message>
    <message>
        <source>(−L(θ+2ε) + 8L(θ+ε) − 8L(θ−ε) + L(θ−2ε)) / 12ε, ε = 10⁻³, and its relative error against BPTT</source>
        <translation>(−L(θ+2ε) + 8L(θ+ε) − 8L(θ−ε) + L(θ−2ε)) / 12ε, ε = 10⁻³, và sai số tương đối so với BPTT</translation>
    </message>
    <message>
        <source>from the formulas</source>
        <translation>từ các công thức</translation>
    </message>
    <message>
        <source>Σ over steps of the sympy-derived local derivatives times dL/dh (and dL/dc): the sum below</source>
        <translation>Σ theo các bước của các đạo hàm cục bộ do sympy suy ra nhân với dL/dh (và dL/dc): tổng ở bên dưới</translation>
    </message>
    <message>
        <source>where the local derivatives, derived by sympy, are</source>
        <translation>trong đó các đạo hàm cục bộ, do sympy suy ra, là</translation>
    </message>
    <message>
        <source>The gradient explained</source>
        <translation>Giải thích gradient</translation>
    </message>
    <message>
        <source>demo: {title}</source>
        <translation>minh họa: {title}</translation>
    </message>
    <message>
        <source>type an input sequence (with a target) to see gradients</source>
        <translation>hãy nhập một chuỗi đầu vào (có mục tiêu) để xem gradient</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>đang tính…</translation>
    </message>
    <message>
        <source>relative error {error}</source>
        <translation>sai số tương đối {error}</translation>
    </message>
    <message>
        <source>the loss over the whole sequence</source>
        <translation>hàm mất mát trên toàn bộ chuỗi</translation>
    </message>
    <message>
        <source>at t = &lt;b&gt;{t}&lt;/b&gt; of {steps}</source>
        <translation>tại t = &lt;b&gt;{t}&lt;/b&gt; trên {steps}</translation>
    </message>
    <message>
        <source>deriving…</source>
        <translation>đang suy ra…</translation>
    </message>
    <message>
        <source>at t = {t}, with the numbers:</source>
        <translation>tại t = {t}, với các số:</translation>
    </message>
    <message>
        <source>The formulas could not be evaluated: {error}</source>
        <translation>Không thể tính giá trị các công thức: {error}</translation>
    </message>
    <message>
        <source>other units</source>
        <translation>các đơn vị khác</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>không có mục tiêu</translation>
    </message>
    <message>
        <source>the {shown} largest of {steps} steps</source>
        <translation>{shown} bước lớn nhất trong {steps} bước</translation>
    </message>
    <message>
        <source>adds</source>
        <translation>đóng góp</translation>
    </message>
    <message>
        <source>Σ over every step = &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>Σ theo mọi bước = &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>dL/d{name} (click an entry to explain it)</source>
        <translation>dL/d{name} (nhấp vào ô để giải thích)</translation>
    </message>
    <message>
        <source>layer {layer}</source>
        <translation>tầng {layer}</translation>
    </message>
    <message>
        <source>{norm}: the constant error carousel ({factor} per step)</source>
        <translation>{norm}: băng chuyền lỗi hằng ({factor} mỗi bước)</translation>
    </message>
    <message>
        <source>saturated: the activation&apos;s slope averages below {slope} here, so these steps shrink the gradient</source>
        <translation>bão hòa: độ dốc của hàm kích hoạt ở đây trung bình dưới {slope}, nên các bước này làm gradient nhỏ đi</translation>
    </message>
    <message>
        <source>Grey bands: saturated steps. {verdict}</source>
        <translation>Dải xám: các bước bão hòa. {verdict}</translation>
    </message>
</context>
<context>
    <name>GradientPlots</name>
    <message>
        <source>each step&apos;s part of dL/dθ: ‖part‖, log colour scale</source>
        <extracomment>The narrowest a heat map may be, whatever its plot needs. Curves of up to this many points mark each point with a dot.</extracomment>
        <translation>phần đóng góp của mỗi bước vào dL/dθ: ‖phần‖, thang màu log</translation>
    </message>
    <message>
        <source>{name} at t = {t}: ‖part of dL/d{name}‖ = {value}</source>
        <translation>{name} tại t = {t}: ‖phần của dL/d{name}‖ = {value}</translation>
    </message>
    <message>
        <source>eigenvalues λ of W_hh and the unit circle |λ| = 1</source>
        <translation>trị riêng λ của W_hh và đường tròn đơn vị |λ| = 1</translation>
    </message>
    <message>
        <source>largest |λ| = {radius} (outside the unit circle)</source>
        <translation>|λ| lớn nhất = {radius} (nằm ngoài đường tròn đơn vị)</translation>
    </message>
    <message>
        <source>largest |λ| = {radius} (inside the unit circle)</source>
        <translation>|λ| lớn nhất = {radius} (nằm trong đường tròn đơn vị)</translation>
    </message>
</context>
<context>
    <name>GradientStory</name>
    <message>
        <source>shrinks, about ×{factor} per step back: it vanishes</source>
        <translation>co lại, khoảng ×{factor} mỗi bước lùi: nó biến mất dần</translation>
    </message>
    <message>
        <source>overflows (inf or NaN)</source>
        <translation>bị tràn số (inf hoặc NaN)</translation>
    </message>
    <message>
        <source>grows, about ×{factor} per step back: it explodes</source>
        <translation>tăng lên, khoảng ×{factor} mỗi bước lùi: nó bùng nổ</translation>
    </message>
    <message>
        <source>keeps its size (×{factor} per step back)</source>
        <translation>giữ nguyên độ lớn (×{factor} mỗi bước lùi)</translation>
    </message>
    <message>
        <source>{gate}, the weight on the old state</source>
        <translation>{gate}, trọng số của trạng thái cũ</translation>
    </message>
    <message>
        <source>{gate}: the constant error carousel, {derivative} with no activation slope in the way</source>
        <translation>{gate}: băng chuyền lỗi hằng, {derivative} mà không có độ dốc của hàm kích hoạt nào chắn đường</translation>
    </message>
    <message>
        <source>raise {bias} ({gate} towards {value})</source>
        <translation>hãy tăng {bias} ({gate} tiến về {value})</translation>
    </message>
    <message>
        <source>Through {path} the gradient is multiplied at every step by {gate}. It averages {keep} here, a memory of about {memory} steps; measured over the {steps} steps the gradient {trend}.</source>
        <translation>Qua {path}, ở mỗi bước gradient được nhân với {gate}. Ở đây giá trị trung bình là {keep}, tức trí nhớ khoảng {memory} bước; đo trên {steps} bước, gradient {trend}.</translation>
    </message>
    <message>
        <source>relu has slope {one} wherever {positive} (and {zero} elsewhere), so nothing else scales it: W_hh decides alone.</source>
        <translation>relu có độ dốc {one} ở mọi nơi {positive} (và {zero} ở chỗ khác), nên không có gì khác co giãn nó: chỉ mình W_hh quyết định.</translation>
    </message>
    <message>
        <source>But tanh saturates at {where} of {steps} steps (|h| near {one}): tanh′(aₜ) averages {mean}, and every step back multiplies the gradient by {jacobian}.</source>
        <translation>Nhưng tanh bão hòa ở {where} trên {steps} bước (|h| gần {one}): tanh′(aₜ) trung bình là {mean}, và mỗi bước lùi nhân gradient với {jacobian}.</translation>
    </message>
    <message>
        <source>tanh′(aₜ) averages {mean} ({bound}), and every step back multiplies the gradient by {jacobian}.</source>
        <translation>tanh′(aₜ) trung bình là {mean} ({bound}), và mỗi bước lùi nhân gradient với {jacobian}.</translation>
    </message>
    <message>
        <source>Measured over these {steps} steps the gradient {trend}.</source>
        <translation>Đo trên {steps} bước này, gradient {trend}.</translation>
    </message>
    <message>
        <source>lower {bias} ({gate} towards {value})</source>
        <translation>hãy giảm {bias} ({gate} tiến về {value})</translation>
    </message>
    <message>
        <source>To carry it much further, {towards}.</source>
        <translation>Để mang nó đi xa hơn nhiều, {towards}.</translation>
    </message>
    <message>
        <source>tanh(c) saturates at some steps, which blocks the way from c to h there — but not the carousel itself.</source>
        <translation>tanh(c) bão hòa ở một số bước, chặn đường từ c sang h tại đó — nhưng không chặn chính băng chuyền.</translation>
    </message>
    <message>
        <source>The largest |λ| of W_hh is {radius}, outside the unit circle: W_hh alone would make h and the gradient grow by up to ×{radius} per step.</source>
        <translation>|λ| lớn nhất của W_hh là {radius}, nằm ngoài đường tròn đơn vị: riêng W_hh sẽ làm h và gradient tăng tới ×{radius} mỗi bước.</translation>
    </message>
    <message>
        <source>The largest |λ| of W_hh is {radius}, inside the unit circle: W_hh alone already shrinks the gradient at every step.</source>
        <translation>|λ| lớn nhất của W_hh là {radius}, nằm trong đường tròn đơn vị: riêng W_hh đã làm gradient nhỏ đi ở mỗi bước.</translation>
    </message>
    <message>
        <source>Saturation, not W_hh, kills it; with tanh the gradient can never explode for long — try relu to see an explosion.</source>
        <translation>Chính sự bão hòa, không phải W_hh, đã triệt tiêu nó; với tanh gradient không bao giờ bùng nổ lâu được — hãy thử relu để thấy một vụ bùng nổ.</translation>
    </message>
    <message>
        <source>{deltas} are {dh} and {dc} through the later steps; the backward direction counts {t} as its own steps.</source>
        <translation>{deltas} là {dh} và {dc} qua các bước sau; chiều ngược đếm {t} theo các bước của riêng nó.</translation>
    </message>
    <message>
        <source>step {t} has no target, so it adds nothing to the output layer&apos;s gradient.</source>
        <translation>bước {t} không có mục tiêu, nên nó không góp gì vào gradient của tầng đầu ra.</translation>
    </message>
</context>
<context>
    <name>Holds</name>
    <message>
        <source>Locked: {reason}.</source>
        <extracomment>The QSettings key that remembers that the welcome card was answered (it never shows again by itself). name -&gt; how to raise it (``show_panel`` and ``--panel``) the lesson playing in the window (``lstm_studio.app.lessons.mode.LessonMode``), or None the lesson being recorded by File ▸ New lesson from here (``app.lessons.recorder.Recording``) the welcome card and the tour, while they are on screen</extracomment>
        <translation>Bị khóa: {reason}.</translation>
    </message>
    <message>
        <source>the lesson holds entries of this table in this step</source>
        <translation>bài học khóa một số mục của bảng này ở bước này</translation>
    </message>
    <message>
        <source>the lesson</source>
        <translation>bài học</translation>
    </message>
    <message>
        <source>the cell type</source>
        <translation>loại ô nhớ</translation>
    </message>
    <message>
        <source>the cell&apos;s conventions</source>
        <translation>các quy ước của ô nhớ</translation>
    </message>
    <message>
        <source>the hidden size</source>
        <translation>kích thước ẩn</translation>
    </message>
    <message>
        <source>the number of layers</source>
        <translation>số lớp</translation>
    </message>
    <message>
        <source>the direction</source>
        <translation>chiều</translation>
    </message>
    <message>
        <source>the vocabulary</source>
        <translation>bộ từ vựng</translation>
    </message>
    <message>
        <source>the model (no preset may replace it)</source>
        <translation>mô hình (không mẫu có sẵn nào được thay nó)</translation>
    </message>
    <message>
        <source>the weights (no fresh model from a seed)</source>
        <translation>các trọng số (không tạo mô hình mới từ seed)</translation>
    </message>
    <message>
        <source>the input sequence</source>
        <translation>chuỗi đầu vào</translation>
    </message>
    <message>
        <source>the targets</source>
        <translation>các đích</translation>
    </message>
    <message>
        <source>the initial state</source>
        <translation>trạng thái ban đầu</translation>
    </message>
    <message>
        <source>{who} holds {what} in this step</source>
        <translation>{who} giữ cố định {what} ở bước này</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>as given</source>
        <translation>như đã cho</translation>
    </message>
    <message>
        <source>stored in the file</source>
        <translation>lưu trong tệp</translation>
    </message>
    <message>
        <source>generic tokens; give the real ones with {option}</source>
        <translation>token chung chung; hãy cho token thật bằng {option}</translation>
    </message>
    <message>
        <source>input size {inputs}, hidden size {hidden}, {layers}</source>
        <translation>kích thước đầu vào {inputs}, số đơn vị ẩn {hidden}, {layers}</translation>
    </message>
    <message>
        <source>{count} layer</source>
        <translation>{count} tầng</translation>
    </message>
    <message>
        <source>{count} stacked layers</source>
        <translation>{count} tầng xếp chồng</translation>
    </message>
    <message>
        <source>{shape}, bidirectional</source>
        <translation>{shape}, hai chiều</translation>
    </message>
    <message>
        <source>cell {cell} ({options}), {shape}</source>
        <translation>ô {cell} ({options}), {shape}</translation>
    </message>
    <message>
        <source>cell {cell}, {shape}</source>
        <translation>ô {cell}, {shape}</translation>
    </message>
    <message>
        <source>output layer: {name}</source>
        <translation>tầng đầu ra: {name}</translation>
    </message>
    <message>
        <source>output layer: none found ({w} and {b} set to {zero})</source>
        <translation>tầng đầu ra: không tìm thấy ({w} và {b} được đặt bằng {zero})</translation>
    </message>
    <message>
        <source>read {file}: {layer}</source>
        <translation>đã đọc {file}: {layer}</translation>
    </message>
    <message>
        <source>vocabulary ({origin}): {tokens}</source>
        <translation>bộ từ vựng ({origin}): {tokens}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>ghi chú: {note}</translation>
    </message>
</context>
<context>
    <name>InputErrors</name>
    <message>
        <source>{file}: cannot write ({reason})</source>
        <translation>{file}: không ghi được ({reason})</translation>
    </message>
    <message>
        <source>{field}: expected a list (shape {shape}), got {value}</source>
        <translation>{field}: cần một danh sách (kích thước {shape}), nhận được {value}</translation>
    </message>
    <message>
        <source>{field}: expected {count} entries, got {got} (expected shape {shape})</source>
        <translation>{field}: cần {count} phần tử, nhận được {got} (kích thước cần có {shape})</translation>
    </message>
    <message>
        <source>{field}: expected a number, got {value}</source>
        <translation>{field}: cần một số, nhận được {value}</translation>
    </message>
    <message>
        <source>{field}: {value} is not a finite number</source>
        <translation>{field}: {value} không phải là số hữu hạn</translation>
    </message>
    <message>
        <source>{field}: {value} is outside the allowed range {low}..{high}</source>
        <translation>{field}: {value} nằm ngoài khoảng cho phép {low}..{high}</translation>
    </message>
    <message>
        <source>{field}: expected a whole number, got {value}</source>
        <translation>{field}: cần một số nguyên, nhận được {value}</translation>
    </message>
    <message>
        <source>{field}: expected a non-empty list of tokens</source>
        <translation>{field}: cần một danh sách token không rỗng</translation>
    </message>
    <message>
        <source>{what}: expected a JSON object at the top level</source>
        <translation>{what}: cần một đối tượng JSON ở cấp ngoài cùng</translation>
    </message>
    <message>
        <source>{field}: expected {expected}, got {value}</source>
        <translation>{field}: cần {expected}, nhận được {value}</translation>
    </message>
    <message>
        <source>{field}: {found} is not supported (this LSTM Studio reads version {version})</source>
        <translation>{field}: {found} không được hỗ trợ (LSTM Studio này đọc phiên bản {version})</translation>
    </message>
    <message>
        <source>{field}: unknown key in a version {version} model file</source>
        <translation>{field}: khóa lạ trong tệp mô hình phiên bản {version}</translation>
    </message>
    <message>
        <source>{field}: missing or not a string</source>
        <translation>{field}: bị thiếu hoặc không phải là chuỗi ký tự</translation>
    </message>
    <message>
        <source>{field}: missing or not an object</source>
        <translation>{field}: bị thiếu hoặc không phải là đối tượng</translation>
    </message>
    <message>
        <source>{field}: not a parameter of this {cell} model (expected {expected})</source>
        <translation>{field}: không phải là tham số của mô hình {cell} này (cần: {expected})</translation>
    </message>
    <message>
        <source>{field}: {value}, too large for float64</source>
        <translation>{field}: {value}, quá lớn đối với float64</translation>
    </message>
    <message>
        <source>{field}: missing</source>
        <translation>{field}: bị thiếu</translation>
    </message>
    <message>
        <source>{field}: expected a non-empty string</source>
        <translation>{field}: cần một chuỗi ký tự không rỗng</translation>
    </message>
    <message>
        <source>{field}: {token} appears twice</source>
        <translation>{field}: {token} xuất hiện hai lần</translation>
    </message>
    <message>
        <source>{field}: missing (shape {shape})</source>
        <translation>{field}: bị thiếu (kích thước {shape})</translation>
    </message>
    <message>
        <source>invalid JSON at line {line}, column {column}: {problem}</source>
        <translation>JSON không hợp lệ ở dòng {line}, cột {column}: {problem}</translation>
    </message>
    <message>
        <source>invalid JSON: nested too deeply</source>
        <translation>JSON không hợp lệ: lồng nhau quá sâu</translation>
    </message>
    <message>
        <source>{file}: not a text file (not valid UTF-8)</source>
        <translation>{file}: không phải tệp văn bản (không phải UTF-8 hợp lệ)</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>một tệp</translation>
    </message>
    <message>
        <source>a model file</source>
        <translation>một tệp mô hình</translation>
    </message>
    <message>
        <source>a lesson file</source>
        <translation>một tệp bài học</translation>
    </message>
    <message>
        <source>a weight file</source>
        <translation>một tệp trọng số</translation>
    </message>
    <message>
        <source>a progress file</source>
        <translation>một tệp tiến độ</translation>
    </message>
    <message>
        <source>an answers file</source>
        <translation>một tệp câu trả lời</translation>
    </message>
    <message>
        <source>{file}: cannot read ({reason})</source>
        <translation>{file}: không đọc được ({reason})</translation>
    </message>
    <message>
        <source>{file}: is a folder, not {kind}</source>
        <translation>{file}: là một thư mục, không phải {kind}</translation>
    </message>
    <message>
        <source>{file}: not a regular file (a device, a pipe or a socket), not {kind}</source>
        <translation>{file}: không phải tệp thông thường (một thiết bị, một pipe hoặc một socket), không phải {kind}</translation>
    </message>
    <message>
        <source>{file}: {size}, larger than the limit of {limit} for {kind}</source>
        <translation>{file}: {size}, lớn hơn giới hạn {limit} cho {kind}</translation>
    </message>
    <message>
        <source>{file}: larger than the limit of {limit} for {kind}</source>
        <translation>{file}: lớn hơn giới hạn {limit} cho {kind}</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}: không có tệp này</translation>
    </message>
    <message>
        <source>{what}: no tokens given</source>
        <translation>{what}: chưa có token nào</translation>
    </message>
    <message>
        <source>{what}: {count} tokens, more than the limit of {limit}</source>
        <translation>{what}: {count} token, vượt giới hạn {limit}</translation>
    </message>
    <message>
        <source>{field}: unknown cell {cell} (expected one of {expected})</source>
        <translation>{field}: loại ô lạ {cell} (cần một trong {expected})</translation>
    </message>
    <message>
        <source>{field}: unknown option for cell {cell} (valid: {valid})</source>
        <translation>{field}: tùy chọn lạ cho ô {cell} (hợp lệ: {valid})</translation>
    </message>
    <message>
        <source>{field}: {value} is not one of {allowed} for cell {cell}</source>
        <translation>{field}: {value} không phải là một trong {allowed} cho ô {cell}</translation>
    </message>
    <message>
        <source>{field}: unknown option for cell {cell} (valid: none)</source>
        <translation>{field}: tùy chọn lạ cho ô {cell} (ô này không có tùy chọn nào)</translation>
    </message>
    <message>
        <source>a number of {digits} digits</source>
        <translation>một số có {digits} chữ số</translation>
    </message>
    <message>
        <source>a list of {count} entries</source>
        <translation>một danh sách {count} phần tử</translation>
    </message>
    <message>
        <source>an object with {count} keys</source>
        <translation>một đối tượng có {count} khóa</translation>
    </message>
    <message>
        <source>contains a lone surrogate {code}, which is not valid Unicode text</source>
        <translation>chứa một surrogate đơn lẻ {code}, không phải văn bản Unicode hợp lệ</translation>
    </message>
    <message>
        <source>contains the control character {code}</source>
        <translation>chứa ký tự điều khiển {code}</translation>
    </message>
    <message>
        <source>vocabulary</source>
        <translation>bộ từ vựng</translation>
    </message>
    <message>
        <source>hidden size</source>
        <translation>số đơn vị ẩn</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>số tầng</translation>
    </message>
    <message>
        <source>{what}: {count} parameters, more than the limit of {limit}; use fewer hidden units, layers or tokens</source>
        <translation>{what}: {count} tham số, vượt giới hạn {limit}; hãy dùng ít đơn vị ẩn, tầng hoặc token hơn</translation>
    </message>
    <message>
        <source>{field}: expected a string</source>
        <translation>{field}: cần một chuỗi ký tự</translation>
    </message>
    <message>
        <source>{field}: expected an object</source>
        <translation>{field}: cần một đối tượng</translation>
    </message>
    <message>
        <source>{field}: expected true or false</source>
        <translation>{field}: cần true hoặc false</translation>
    </message>
    <message>
        <source>{what}: {name} {value} is above the limit of {limit}</source>
        <translation>{what}: {name} {value} vượt giới hạn {limit}</translation>
    </message>
    <message>
        <source>{field}: appears twice in the same object</source>
        <translation>{field}: xuất hiện hai lần trong cùng một đối tượng</translation>
    </message>
    <message>
        <source>{field}: longer than {limit} characters</source>
        <translation>{field}: dài hơn {limit} ký tự</translation>
    </message>
    <message>
        <source>{field}: {token} contains white space, which separates multi-character tokens</source>
        <translation>{field}: {token} chứa khoảng trắng, vốn dùng để tách các token nhiều ký tự</translation>
    </message>
    <message>
        <source>{field}: not a state of this model (expected {expected})</source>
        <translation>{field}: không phải là trạng thái của mô hình này (cần: {expected})</translation>
    </message>
    <message>
        <source>{what}: a token appears twice</source>
        <translation>{what}: có một token xuất hiện hai lần</translation>
    </message>
    <message>
        <source>{what}: tokens are at most {limit} characters long</source>
        <translation>{what}: mỗi token dài tối đa {limit} ký tự</translation>
    </message>
    <message>
        <source>{what}: unknown token {token} at position {position} (vocabulary: {vocab})</source>
        <translation>{what}: token lạ {token} ở vị trí {position} (bộ từ vựng: {vocab})</translation>
    </message>
    <message>
        <source>accepted: one row per line or rows split by {semicolon}, numbers split by commas, tabs or spaces, e.g. {rows} or {matlab} (Matlab) or {numpy} (NumPy)</source>
        <translation>chấp nhận: mỗi hàng một dòng hoặc các hàng tách bằng {semicolon}, các số tách bằng dấu phẩy, tab hoặc dấu cách, ví dụ {rows} hoặc {matlab} (Matlab) hoặc {numpy} (NumPy)</translation>
    </message>
    <message>
        <source>paste: {problem} ({formats})</source>
        <translation>dán: {problem} ({formats})</translation>
    </message>
    <message>
        <source>a bracket is not closed</source>
        <translation>có một dấu ngoặc chưa đóng</translation>
    </message>
    <message>
        <source>the clipboard holds no numbers</source>
        <translation>bộ nhớ tạm không chứa số nào</translation>
    </message>
    <message>
        <source>the rows have different numbers of values (row {first}: {count}, row {row}: {other})</source>
        <translation>các hàng có số giá trị khác nhau (hàng {first}: {count}, hàng {row}: {other})</translation>
    </message>
    <message>
        <source>paste: got a {got} matrix, this table is {shape}</source>
        <translation>dán: nhận được ma trận {got}, bảng này là {shape}</translation>
    </message>
    <message>
        <source>paste: every value must be a finite number</source>
        <translation>dán: mọi giá trị phải là số hữu hạn</translation>
    </message>
    <message>
        <source>the lists inside the outer {brackets} must hold numbers only</source>
        <translation>các danh sách bên trong {brackets} ngoài cùng chỉ được chứa số</translation>
    </message>
    <message>
        <source>row {row}: {typed} is not a number</source>
        <translation>hàng {row}: {typed} không phải là số</translation>
    </message>
    <message>
        <source>{field}: {token} is not in the vocabulary ({vocabulary})</source>
        <translation>{field}: {token} không có trong bộ từ vựng ({vocabulary})</translation>
    </message>
    <message>
        <source>{field}: this step&apos;s {cell} has no cell state c</source>
        <translation>{field}: {cell} của bước này không có trạng thái ô c</translation>
    </message>
    <message>
        <source>{field}: must not be empty</source>
        <translation>{field}: không được để trống</translation>
    </message>
    <message>
        <source>{field}: expected an object, got {value}</source>
        <translation>{field}: cần một đối tượng, nhận được {value}</translation>
    </message>
    <message>
        <source>{field}: unknown key (expected one of {expected})</source>
        <translation>{field}: khóa lạ (cần một trong {expected})</translation>
    </message>
    <message>
        <source>{field}: expected a string, got {value}</source>
        <translation>{field}: cần một chuỗi ký tự, nhận được {value}</translation>
    </message>
    <message>
        <source>{field}: {count} characters, more than the limit of {limit}</source>
        <translation>{field}: {count} ký tự, vượt giới hạn {limit}</translation>
    </message>
    <message>
        <source>{field}: expected a list, got {value}</source>
        <translation>{field}: cần một danh sách, nhận được {value}</translation>
    </message>
    <message>
        <source>{field}: {count} entries, more than the limit of {limit}</source>
        <translation>{field}: {count} phần tử, vượt giới hạn {limit}</translation>
    </message>
    <message>
        <source>{field}: expected one of {expected}</source>
        <translation>{field}: cần một trong {expected}</translation>
    </message>
    <message>
        <source>{field}: {count} targets for {steps} input steps (give one per step, {none} for none)</source>
        <translation>{field}: {count} mục tiêu cho {steps} bước đầu vào (mỗi bước một mục tiêu, {none} nếu không có)</translation>
    </message>
    <message>
        <source>{field}: name one entry, e.g. {example}</source>
        <translation>{field}: hãy chỉ ra một phần tử, ví dụ {example}</translation>
    </message>
    <message>
        <source>{field}: give the whole parameter {name}, not an entry</source>
        <translation>{field}: hãy cho cả tham số {name}, không phải một phần tử</translation>
    </message>
    <message>
        <source>{field}: {quantity} cannot be predicted (check it instead)</source>
        <translation>{field}: không thể dự đoán {quantity} (hãy kiểm tra nó thay vào đó)</translation>
    </message>
    <message>
        <source>{field}: this step&apos;s {cell} has no gate {gate} (its gates: {gates})</source>
        <translation>{field}: {cell} của bước này không có cổng {gate} (các cổng của nó: {gates})</translation>
    </message>
    <message>
        <source>{field}: unknown preset {name} (presets: {presets})</source>
        <translation>{field}: không có mô hình có sẵn {name} (các mô hình có sẵn: {presets})</translation>
    </message>
    <message>
        <source>{field}: {name} is not a parameter of any cell</source>
        <translation>{field}: {name} không phải là tham số của ô nào</translation>
    </message>
    <message>
        <source>{field}: this step&apos;s {cell} model has no parameter {name} (it has {names})</source>
        <translation>{field}: mô hình {cell} của bước này không có tham số {name} (nó có {names})</translation>
    </message>
    <message>
        <source>{field}: {quantity} takes no {key}</source>
        <translation>{field}: {quantity} không nhận {key}</translation>
    </message>
    <message>
        <source>{field}: missing ({quantity} needs it)</source>
        <translation>{field}: bị thiếu ({quantity} cần nó)</translation>
    </message>
    <message>
        <source>{field}: this step&apos;s model is not bidirectional</source>
        <translation>{field}: mô hình của bước này không phải hai chiều</translation>
    </message>
    <message>
        <source>{field}: {t} is beyond the input, which has {steps} step(s)</source>
        <translation>{field}: {t} vượt quá đầu vào, vốn chỉ có {steps} bước</translation>
    </message>
    <message>
        <source>{field}: a (the pre-activation) belongs to the Elman RNN, not {cell}</source>
        <translation>{field}: a (tiền kích hoạt) thuộc về RNN Elman, không phải {cell}</translation>
    </message>
    <message>
        <source>{field}: there is no input to give targets for (set {key})</source>
        <translation>{field}: chưa có đầu vào để gán mục tiêu (hãy đặt {key})</translation>
    </message>
    <message>
        <source>{field}: the preset does not load ({problem})</source>
        <translation>{field}: không tải được mô hình có sẵn ({problem})</translation>
    </message>
    <message>
        <source>{field}: unknown token {token} at position {position} (vocabulary: {vocabulary}, or {none} for no target)</source>
        <translation>{field}: token lạ {token} ở vị trí {position} (bộ từ vựng: {vocabulary}, hoặc {none} nếu không có mục tiêu)</translation>
    </message>
    <message>
        <source>{field}: {name} has {count} indices, not {given}</source>
        <translation>{field}: {name} có {count} chỉ số, không phải {given}</translation>
    </message>
    <message>
        <source>{field}: {entry} is outside {name}, which is {bounds} (entries count from {first})</source>
        <translation>{field}: {entry} nằm ngoài {name}, vốn có kích thước {bounds} (các phần tử đếm từ {first})</translation>
    </message>
    <message>
        <source>{field}: {name} has {count} index, not {given}</source>
        <translation>{field}: {name} có {count} chỉ số, không phải {given}</translation>
    </message>
    <message>
        <source>{field}: {name} is not a square matrix</source>
        <translation>{field}: {name} không phải là ma trận vuông</translation>
    </message>
    <message>
        <source>{file}: cannot save lesson progress ({reason})</source>
        <translation>{file}: không lưu được tiến độ bài học ({reason})</translation>
    </message>
    <message>
        <source>variant code: empty</source>
        <translation>mã biến thể: trống</translation>
    </message>
    <message>
        <source>variant code: {character} is not a code character (codes use {digits} and {letters})</source>
        <translation>mã biến thể: {character} không phải là ký tự của mã (mã chỉ dùng {digits} và {letters})</translation>
    </message>
    <message>
        <source>variant code: too short (a character is missing)</source>
        <translation>mã biến thể: quá ngắn (thiếu một ký tự)</translation>
    </message>
    <message>
        <source>variant code: the check characters do not match; check the code for a typo</source>
        <translation>mã biến thể: các ký tự kiểm tra không khớp; hãy xem mã có gõ nhầm không</translation>
    </message>
    <message>
        <source>variant code: made by an older LSTM Studio whose questions differ; ask for a new sheet</source>
        <translation>mã biến thể: được tạo bởi LSTM Studio cũ hơn với câu hỏi khác; hãy xin một phiếu mới</translation>
    </message>
    <message>
        <source>variant code: made by a newer LSTM Studio (code version {version})</source>
        <translation>mã biến thể: được tạo bởi LSTM Studio mới hơn (phiên bản mã {version})</translation>
    </message>
    <message>
        <source>variant code: names a cell this LSTM Studio does not know</source>
        <translation>mã biến thể: chỉ một loại ô mà LSTM Studio này không biết</translation>
    </message>
    <message>
        <source>variant code: not a code made by LSTM Studio</source>
        <translation>mã biến thể: không phải mã do LSTM Studio tạo</translation>
    </message>
    <message>
        <source>variant code: this worksheet&apos;s model has word tokens; open that model first, then enter the code</source>
        <translation>mã biến thể: mô hình của phiếu này có token là từ; hãy mở mô hình đó trước rồi nhập mã</translation>
    </message>
    <message>
        <source>variant code: made for a model with a different vocabulary than the one open</source>
        <translation>mã biến thể: được tạo cho mô hình có bộ từ vựng khác với mô hình đang mở</translation>
    </message>
    <message>
        <source>variant code: names a question this LSTM Studio does not know</source>
        <translation>mã biến thể: chỉ một câu hỏi mà LSTM Studio này không biết</translation>
    </message>
    <message>
        <source>model: hidden size {hidden} is too large for a hand-calculation worksheet (at most {limit})</source>
        <translation>mô hình: số đơn vị ẩn {hidden} quá lớn cho một phiếu bài tập tính tay (tối đa {limit})</translation>
    </message>
    <message>
        <source>model: worksheets need a vocabulary of {low} to {high} tokens, not {count}</source>
        <translation>mô hình: phiếu bài tập cần bộ từ vựng từ {low} đến {high} token, không phải {count}</translation>
    </message>
    <message>
        <source>{field}: worksheets take {low} to {high} tokens, not {count}</source>
        <translation>{field}: phiếu bài tập nhận từ {low} đến {high} token, không phải {count}</translation>
    </message>
    <message>
        <source>model: worksheets take a single-layer, one-direction model</source>
        <translation>mô hình: phiếu bài tập chỉ nhận mô hình một tầng, một chiều</translation>
    </message>
</context>
<context>
    <name>InsidePanels</name>
    <message>
        <source>Cell diagram</source>
        <extracomment>How long after the window is built the symbolic process and the formula fonts are warmed up: after the first frame and the first clicks, which should not share the processor with it. name -&gt; (tab title, translated where it is shown; shortcut)</extracomment>
        <translation>Sơ đồ ô nhớ</translation>
    </message>
    <message>
        <source>Unrolled</source>
        <translation>Trải theo thời gian</translation>
    </message>
    <message>
        <source>Equations</source>
        <translation>Phương trình</translation>
    </message>
    <message>
        <source>Gradient lab</source>
        <translation>Phòng thí nghiệm gradient</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Các số</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>The window shown now (a rebuilt window has no other owner to keep it alive).</extracomment>
        <translation>&amp;Ngôn ngữ (Language)</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Ngôn ngữ hệ thống ({language})</translation>
    </message>
    <message>
        <source>Leave the lesson first (its progress is kept): changing the language rebuilds the window.</source>
        <translation>Hãy rời bài học trước (tiến độ được giữ lại): đổi ngôn ngữ sẽ dựng lại cửa sổ.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Stop the training first: changing the language rebuilds the window.</source>
        <translation>Hãy dừng việc huấn luyện trước: đổi ngôn ngữ sẽ dựng lại cửa sổ.</translation>
    </message>
    <message>
        <source>The translations are missing (make translations).</source>
        <translation>Thiếu các bản dịch (make translations).</translation>
    </message>
</context>
<context>
    <name>LatexLabel</name>
    <message>
        <source>could not render: {error}</source>
        <translation>không thể hiển thị: {error}</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <source>Lesson</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <source>Could not open the lesson</source>
        <translation>Không mở được bài học</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your task&lt;/b&gt;</source>
        <extracomment>The player&apos;s width at font scale 1: narrow enough that the studio beside it stays usable.</extracomment>
        <translation>&lt;b&gt;Nhiệm vụ của bạn&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Xem kết quả</translation>
    </message>
    <message>
        <source>Compare your estimate with the network&apos;s value</source>
        <translation>So sánh ước lượng của bạn với giá trị của mạng</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predict first&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dự đoán trước&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Test what you built against this step&apos;s checks; they then follow every edit</source>
        <translation>Kiểm tra mạng bạn dựng theo các điều kiện của bước này; sau đó chúng theo dõi mọi thay đổi</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&lt;b&gt;Train the network&lt;/b&gt;</source>
        <translation>&lt;b&gt;Huấn luyện mạng&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>Xem gợi ý</translation>
    </message>
    <message>
        <source>Show the solution</source>
        <translation>Xem lời giải</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Quay lại</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Set this step up afresh: its model, input, checks and prediction</source>
        <translation>Thiết lập lại bước này từ đầu: mô hình, đầu vào, các kiểm tra và dự đoán</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Tiếp ▶</translation>
    </message>
    <message>
        <source>Leave lesson</source>
        <translation>Rời bài học</translation>
    </message>
    <message>
        <source>Leave the lesson: back to the studio as you left it; your progress here is kept</source>
        <translation>Rời bài học: quay về studio như lúc bạn rời đi; tiến độ ở đây được giữ lại</translation>
    </message>
    <message numerus="yes">
        <source>Not done yet: %n step(s): {steps}</source>
        <translation>
            <numerusform>Chưa xong: %n bước: {steps}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n kiểm tra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Train on {task} (%n epochs)</source>
        <translation>
            <numerusform>Huấn luyện trên {task} (%n epoch)</numerusform>
        </translation>
    </message>
    <message>
        <source>Train on {task}</source>
        <translation>Huấn luyện trên {task}</translation>
    </message>
    <message>
        <source>Trains the network you have now; undo takes it back.</source>
        <translation>Huấn luyện mạng bạn đang có; hoàn tác sẽ đưa nó trở lại.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Step {number} of {count} · {done} of {count} done · a challenge</source>
        <translation>Bước {number}/{count} · đã xong {done}/{count} · thử thách</translation>
    </message>
    <message>
        <source>Step {number} of {count} · {done} of {count} done</source>
        <translation>Bước {number}/{count} · đã xong {done}/{count}</translation>
    </message>
    <message>
        <source>✓ Lesson complete: every step is done. Leave the lesson when you like.</source>
        <translation>✓ Hoàn thành bài học: mọi bước đã xong. Bạn có thể rời bài học bất cứ lúc nào.</translation>
    </message>
    <message>
        <source>✓ This step is done. On to the next one.</source>
        <translation>✓ Bước này đã xong. Sang bước tiếp theo.</translation>
    </message>
    <message>
        <source>✓ This step is done.</source>
        <translation>✓ Bước này đã xong.</translation>
    </message>
    <message>
        <source>This prediction cannot be read now: {error}</source>
        <translation>Hiện không đọc được dự đoán này: {error}</translation>
    </message>
    <message>
        <source>Which token will the network predict at t = {t}? Type it before you look.</source>
        <translation>Mạng sẽ dự đoán token nào tại t = {t}? Hãy gõ nó trước khi xem.</translation>
    </message>
    <message>
        <source>a token, e.g. S</source>
        <translation>một token, ví dụ S</translation>
    </message>
    <message numerus="yes">
        <source>{first} … {last} (%n numbers)</source>
        <translation>
            <numerusform>{first} … {last} (%n số)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimate {names} before you look: within ±{tolerance} counts as right.</source>
        <translation>Hãy ước lượng {names} trước khi xem: sai lệch trong ±{tolerance} được tính là đúng.</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>ví dụ {example}</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers, e.g. {example}</source>
        <translation>
            <numerusform>%n số, ví dụ {example}</numerusform>
        </translation>
    </message>
    <message>
        <source>you said</source>
        <translation>bạn đoán</translation>
    </message>
    <message>
        <source>it is</source>
        <translation>thực tế</translation>
    </message>
    <message>
        <source>off by</source>
        <translation>lệch</translation>
    </message>
    <message>
        <source>**Hint {number}.** {text}</source>
        <translation>**Gợi ý {number}.** {text}</translation>
    </message>
    <message>
        <source>Show a hint ({number} of {count})</source>
        <translation>Xem gợi ý ({number}/{count})</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>đang kiểm tra…</translation>
    </message>
    <message>
        <source>the check failed: {error}</source>
        <translation>kiểm tra thất bại: {error}</translation>
    </message>
    <message>
        <source>{passed} of {count} hold</source>
        <translation>đạt {passed}/{count}</translation>
    </message>
    <message>
        <source>Your progress in this lesson could not be read ({why}); it was kept as {file}. Starting afresh.</source>
        <translation>Không đọc được tiến độ của bạn trong bài học này ({why}); tệp được giữ lại với tên {file}. Bắt đầu lại từ đầu.</translation>
    </message>
    <message>
        <source>Your progress in this lesson could not be read ({why}). Starting afresh.</source>
        <translation>Không đọc được tiến độ của bạn trong bài học này ({why}). Bắt đầu lại từ đầu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <source>Output: p_t and loss</source>
        <translation>Đầu ra: p_t và mất mát</translation>
    </message>
    <message>
        <source>Gates over time</source>
        <translation>Cổng theo thời gian</translation>
    </message>
    <message>
        <source>LSTM Studio models and lessons (*.json);;All files (*)</source>
        <extracomment>Bump when the docks or splitters change so that an old saved layout is not forced on a new window. The narrowest the side panels may be made; their contents scroll below that.</extracomment>
        <translation>Mô hình và bài học LSTM Studio (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Input sequence and targets</source>
        <translation>Chuỗi đầu vào và mục tiêu</translation>
    </message>
    <message>
        <source>Every gate and state as a unit × time heat map</source>
        <translation>Mọi cổng và trạng thái dưới dạng bản đồ nhiệt đơn vị × thời gian</translation>
    </message>
    <message>
        <source>The lesson hides the {panel} panel in this step.</source>
        <translation>Bài học ẩn bảng {panel} ở bước này.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>đầu vào</translation>
    </message>
    <message>
        <source>Open a model or a lesson</source>
        <translation>Mở mô hình hoặc bài học</translation>
    </message>
    <message>
        <source>Could not open the model</source>
        <translation>Không mở được mô hình</translation>
    </message>
    <message>
        <source>opened {path}</source>
        <translation>đã mở {path}</translation>
    </message>
    <message>
        <source>Could not open the preset</source>
        <translation>Không mở được mô hình có sẵn</translation>
    </message>
    <message>
        <source>open preset {preset}</source>
        <translation>mở mô hình có sẵn {preset}</translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation>Lưu mô hình thành</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved.
Save them first?</source>
        <translation>“{title}” có những thay đổi chưa được lưu.
Lưu chúng trước chứ?</translation>
    </message>
    <message>
        <source>autosave failed: {error}</source>
        <translation>tự động lưu thất bại: {error}</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>chưa đặt tên</translation>
    </message>
    <message>
        <source>LSTM Studio closed without saving “{name}” (from {file}).
Recover that work?</source>
        <translation>LSTM Studio đã đóng mà chưa lưu “{name}” (từ {file}).
Khôi phục công việc đó?</translation>
    </message>
    <message>
        <source>LSTM Studio closed without saving “{name}”.
Recover that work?</source>
        <translation>LSTM Studio đã đóng mà chưa lưu “{name}”.
Khôi phục công việc đó?</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Khôi phục công việc chưa lưu?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>Open &amp;Preset</source>
        <translation>Mở mô hình có &amp;sẵn</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Lưu t&amp;hành…</translation>
    </message>
    <message>
        <source>New &amp;lesson from here…</source>
        <translation>Bài &amp;học mới từ đây…</translation>
    </message>
    <message>
        <source>instructors: start a lesson file whose first step is this model, input and panel</source>
        <translation>dành cho giảng viên: tạo tệp bài học có bước đầu tiên là mô hình, đầu vào và bảng này</translation>
    </message>
    <message>
        <source>Add this state as a s&amp;tep…</source>
        <translation>Thêm trạng thái này làm &amp;bước…</translation>
    </message>
    <message>
        <source>instructors: add the model, input and panel as the next step of the lesson</source>
        <translation>dành cho giảng viên: thêm mô hình, đầu vào và bảng này làm bước tiếp theo của bài học</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Go to the model panel</source>
        <translation>Đến bảng mô hình</translation>
    </message>
    <message>
        <source>Go to the weights</source>
        <translation>Đến trọng số</translation>
    </message>
    <message>
        <source>Next panel</source>
        <translation>Bảng kế tiếp</translation>
    </message>
    <message>
        <source>Previous panel</source>
        <translation>Bảng trước</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Các góc nhìn</translation>
    </message>
    <message>
        <source>Heat maps</source>
        <translation>Bản đồ nhiệt</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Giao diện sáng</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Giao diện tối</translation>
    </message>
    <message>
        <source>High-contrast theme</source>
        <translation>Giao diện tương phản cao</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Chữ lớn hơn</translation>
    </message>
    <message>
        <source>bigger fonts, for a projector</source>
        <translation>phông chữ to hơn, dùng khi chiếu</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Chữ nhỏ hơn</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Cỡ chữ bình thường</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>Thời &amp;gian</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Chạy / tạm dừng</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Bước sau</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Bước trước</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Bước đầu</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Bước cuối</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>&amp;Bài học…</translation>
    </message>
    <message>
        <source>the course, the challenges, a tour of the window</source>
        <translation>khóa học, các thử thách, chuyến tham quan cửa sổ</translation>
    </message>
    <message>
        <source>&amp;Tour of the window</source>
        <translation>&amp;Tham quan cửa sổ</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>đã lưu {path}</translation>
    </message>
    <message>
        <source>{lesson} — step {number} of {count} — LSTM Studio</source>
        <translation>{lesson} — bước {number}/{count} — LSTM Studio</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Hoàn tác: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Làm lại: {action}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>from &amp;PyTorch (safetensors)…</source>
        <extracomment>kind -&gt; (menu text, file filter, default suffix); the texts are translated where they are shown</extracomment>
        <translation>từ &amp;PyTorch (safetensors)…</translation>
    </message>
    <message>
        <source>PyTorch state dict (*.safetensors)</source>
        <translation>state dict của PyTorch (*.safetensors)</translation>
    </message>
    <message>
        <source>from &amp;Keras (.npz)…</source>
        <translation>từ &amp;Keras (.npz)…</translation>
    </message>
    <message>
        <source>Keras weights (*.npz)</source>
        <translation>trọng số Keras (*.npz)</translation>
    </message>
    <message>
        <source>to &amp;PyTorch (safetensors + script)…</source>
        <translation>sang &amp;PyTorch (safetensors + script)…</translation>
    </message>
    <message>
        <source>to &amp;Keras (.npz)…</source>
        <translation>sang &amp;Keras (.npz)…</translation>
    </message>
    <message>
        <source>as a &amp;NumPy script…</source>
        <translation>thành script &amp;NumPy…</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>script Python (*.py)</translation>
    </message>
    <message>
        <source>the &amp;trace of this run as CSV…</source>
        <translation>&amp;vết của lần chạy này dưới dạng CSV…</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>bảng CSV (*.csv)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Sinh chuỗi</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;Training…</source>
        <translation>&amp;Huấn luyện…</translation>
    </message>
    <message>
        <source>train the cell on a built-in task and watch it learn</source>
        <translation>huấn luyện ô trên một bài toán có sẵn và xem nó học</translation>
    </message>
    <message>
        <source>&amp;Generation…</source>
        <translation>&amp;Sinh chuỗi…</translation>
    </message>
    <message>
        <source>draw tokens from the output distribution and feed them back in</source>
        <translation>rút token từ phân phối đầu ra rồi đưa ngược vào lại</translation>
    </message>
    <message>
        <source>Exercise &amp;worksheets…</source>
        <translation>&amp;Phiếu bài tập…</translation>
    </message>
    <message>
        <source>printable exercises with answer keys, one variant per student</source>
        <translation>bài tập có thể in kèm đáp án, mỗi sinh viên một phiên bản</translation>
    </message>
    <message>
        <source>&amp;Check my answers…</source>
        <translation>&amp;Kiểm tra câu trả lời…</translation>
    </message>
    <message>
        <source>type a variant code and your answers; each is marked</source>
        <translation>nhập mã phiên bản và các câu trả lời; từng câu sẽ được chấm</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Could not import the model</source>
        <translation>Không nhập được mô hình</translation>
    </message>
    <message>
        <source>Could not export the model</source>
        <translation>Không xuất được mô hình</translation>
    </message>
    <message>
        <source>wrote {files}</source>
        <translation>đã ghi {files}</translation>
    </message>
    <message>
        <source>Import a model</source>
        <translation>Nhập một mô hình</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Bộ từ vựng</translation>
    </message>
    <message>
        <source>The tokens the one-hot inputs stand for, e.g. PIGS or &apos;the cat sat&apos;
(empty: generic tokens or the vocabulary stored in the file):</source>
        <translation>Các token mà đầu vào one-hot biểu diễn, ví dụ PIGS hoặc &apos;the cat sat&apos;
(để trống: token chung hoặc bộ từ vựng lưu trong tệp):</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Không thể xuất</translation>
    </message>
    <message>
        <source>Export the model</source>
        <translation>Xuất mô hình</translation>
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
        <translation>LSTM peephole</translation>
    </message>
    <message>
        <source>The plain recurrent cell: one {activation} layer reads x_t and h_{t−1}.</source>
        <translation>Ô hồi quy đơn giản: một tầng {activation} đọc x_t và h_{t−1}.</translation>
    </message>
    <message>
        <source>Gates decide what the cell state c_t forgets (f), takes in (i, C̃) and shows (o).</source>
        <translation>Các cổng quyết định trạng thái ô c_t quên gì (f), nhận gì (i, C̃) và cho thấy gì (o).</translation>
    </message>
    <message>
        <source>An LSTM whose gates also look at the cell state c.</source>
        <translation>Một LSTM có các cổng nhìn cả trạng thái ô c.</translation>
    </message>
    <message>
        <source>Two gates, no separate cell state: z mixes old and new, r resets the memory.</source>
        <translation>Hai cổng, không có trạng thái ô riêng: z trộn cũ và mới, r đặt lại bộ nhớ.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Hàm kích hoạt</translation>
    </message>
    <message>
        <source>Peephole</source>
        <translation>Peephole</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Ready-made models on the P I G S vocabulary</source>
        <translation>Các mô hình có sẵn trên bộ từ vựng P I G S</translation>
    </message>
    <message>
        <source>Open a preset…</source>
        <translation>Mở mô hình có sẵn…</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Ô</translation>
    </message>
    <message>
        <source>Number of hidden units H. Existing units keep their weights; new ones are initialised from the seed.</source>
        <translation>Số đơn vị ẩn H. Các đơn vị có sẵn giữ nguyên trọng số; đơn vị mới được khởi tạo từ seed.</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Số đơn vị ẩn</translation>
    </message>
    <message>
        <source>The vocabulary, tokens separated by spaces. Tokens keep their weights when you add, remove or reorder others; renaming one (same count) keeps its weights.</source>
        <translation>Bộ từ vựng, các token cách nhau bằng dấu cách. Các token giữ nguyên trọng số khi bạn thêm, bớt hay sắp xếp lại các token khác; đổi tên một token (số lượng không đổi) vẫn giữ trọng số của nó.</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Bộ từ vựng</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same weights on every machine</source>
        <translation>Seed ngẫu nhiên: cùng một seed cho ra cùng trọng số trên mọi máy</translation>
    </message>
    <message>
        <source>New weights</source>
        <translation>Trọng số mới</translation>
    </message>
    <message>
        <source>Re-initialise every weight from the seed (undoable)</source>
        <translation>Khởi tạo lại mọi trọng số từ seed (có thể hoàn tác)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>&lt;b&gt;Equations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Phương trình&lt;/b&gt;</translation>
    </message>
    <message>
        <source>vectors</source>
        <translation>vectơ</translation>
    </message>
    <message>
        <source>one unit j</source>
        <translation>một đơn vị j</translation>
    </message>
    <message>
        <source>stacked, as W·[h, x]</source>
        <translation>xếp chồng W·[h, x]</translation>
    </message>
    <message>
        <source>How to write the equations: with vectors and matrices, for one unit j with sums, or with the gate matrices stacked on [hₜ₋₁; xₜ], the concatenated form W·[hₜ₋₁, xₜ]</source>
        <translation>Cách viết các phương trình: bằng vectơ và ma trận, cho một đơn vị j với các tổng, hoặc với các ma trận cổng xếp chồng trên [hₜ₋₁; xₜ], dạng ghép nối W·[hₜ₋₁, xₜ]</translation>
    </message>
    <message>
        <source>x_t is one-hot; ⊙ multiplies element by element; σ is the logistic sigmoid.</source>
        <translation>x_t là one-hot; ⊙ nhân theo từng phần tử; σ là hàm sigmoid logistic.</translation>
    </message>
    <message numerus="yes">
        <source>%n layers</source>
        <translation>
            <numerusform>%n tầng</numerusform>
        </translation>
    </message>
    <message>
        <source>bidirectional</source>
        <translation>hai chiều</translation>
    </message>
    <message>
        <source>&lt;b&gt;{total}&lt;/b&gt; parameters: {cell} in the cell, {output} in the output layer</source>
        <translation>&lt;b&gt;{total}&lt;/b&gt; tham số: {cell} trong ô, {output} ở tầng đầu ra</translation>
    </message>
    <message>
        <source>cell: {name}</source>
        <translation>ô: {name}</translation>
    </message>
    <message>
        <source>hidden size {size}</source>
        <translation>số đơn vị ẩn {size}</translation>
    </message>
    <message>
        <source>vocabulary</source>
        <translation>bộ từ vựng</translation>
    </message>
    <message>
        <source>edit vocabulary</source>
        <translation>sửa bộ từ vựng</translation>
    </message>
    <message>
        <source>new weights (seed {seed})</source>
        <translation>trọng số mới (seed {seed})</translation>
    </message>
</context>
<context>
    <name>NumbersView</name>
    <message>
        <source>{column} at t = {t}: {value}</source>
        <extracomment>where the explanations come from: the session&apos;s model and evaluation, and the plotted columns</extracomment>
        <translation>{column} tại t = {t}: {value}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy the selected cells (everything when nothing is selected) with their column names, every digit, tab-separated: paste into a spreadsheet</source>
        <translation>Sao chép các ô đã chọn (tất cả nếu không chọn gì) kèm tên cột, đủ mọi chữ số, phân cách bằng tab: dán vào bảng tính</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Lưu dạng CSV…</translation>
    </message>
    <message>
        <source>Write the whole table, every digit, to a CSV file</source>
        <translation>Ghi toàn bộ bảng, đủ mọi chữ số, vào một tệp CSV</translation>
    </message>
    <message>
        <source>Table of numbers</source>
        <translation>Bảng các số</translation>
    </message>
    <message>
        <source>one row per time step; columns: the input token, the target, every gate and state unit by unit, the output scores and probabilities, the prediction and the loss</source>
        <translation>mỗi hàng một bước thời gian; các cột: token đầu vào, đích, từng cổng và trạng thái theo từng đơn vị, điểm số và xác suất đầu ra, dự đoán và mất mát</translation>
    </message>
    <message>
        <source>Type an input sequence to see its numbers.</source>
        <translation>Hãy nhập một chuỗi đầu vào để xem các số của nó.</translation>
    </message>
    <message numerus="yes">
        <source>Every quantity at each of the %n steps, shown with {digits} significant digits (hover a cell for all of them). Copy and Save as CSV give every digit.</source>
        <translation>
            <numerusform>Mọi đại lượng tại mỗi bước trong %n bước, hiển thị với {digits} chữ số có nghĩa (di chuột lên một ô để xem đủ). Sao chép và Lưu dạng CSV cho đủ mọi chữ số.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copied %n rows</source>
        <translation>
            <numerusform>đã sao chép %n hàng</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the numbers as CSV</source>
        <translation>Lưu các số dạng CSV</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Bảng CSV (*.csv)</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>đã ghi {path}</translation>
    </message>
</context>
<context>
    <name>OutputView</name>
    <message>
        <source>loss per step &amp;nbsp; −log p&lt;sub&gt;t&lt;/sub&gt;[target]</source>
        <translation>mất mát mỗi bước &amp;nbsp; −log p&lt;sub&gt;t&lt;/sub&gt;[mục tiêu]</translation>
    </message>
    <message>
        <source>&lt;i&gt;Type a sequence to see predictions.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Hãy nhập một chuỗi để xem dự đoán.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>after input &lt;b&gt;{token}&lt;/b&gt;</source>
        <translation>sau đầu vào &lt;b&gt;{token}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>t = {t}: input &lt;b&gt;{token}&lt;/b&gt; → predicted &lt;b style=&apos;color:{colour}&apos;&gt;{predicted}&lt;/b&gt; (p = {p})</source>
        <translation>t = {t}: đầu vào &lt;b&gt;{token}&lt;/b&gt; → dự đoán &lt;b style=&apos;color:{colour}&apos;&gt;{predicted}&lt;/b&gt; (p = {p})</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>đúng</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>sai</translation>
    </message>
    <message>
        <source>, target &lt;b style=&apos;color:{colour}&apos;&gt;{target}&lt;/b&gt; (p = {p}) {mark}</source>
        <translation>, mục tiêu &lt;b style=&apos;color:{colour}&apos;&gt;{target}&lt;/b&gt; (p = {p}) {mark}</translation>
    </message>
    <message>
        <source>, no target at this step</source>
        <translation>, bước này không có mục tiêu</translation>
    </message>
</context>
<context>
    <name>Parameter</name>
    <message>
        <source>output bias (one entry per vocabulary token)</source>
        <translation>độ lệch đầu ra (mỗi token trong bộ từ vựng một phần tử)</translation>
    </message>
    <message>
        <source>forget gate f: bias</source>
        <translation>cổng quên f: độ lệch</translation>
    </message>
    <message>
        <source>input gate i: bias</source>
        <translation>cổng vào i: độ lệch</translation>
    </message>
    <message>
        <source>candidate C̃: bias</source>
        <translation>ứng viên C̃: độ lệch</translation>
    </message>
    <message>
        <source>input weights: xₜ → aₜ</source>
        <translation>trọng số đầu vào: xₜ → aₜ</translation>
    </message>
    <message>
        <source>recurrent weights: hₜ₋₁ → aₜ</source>
        <translation>trọng số hồi quy: hₜ₋₁ → aₜ</translation>
    </message>
    <message>
        <source>bias of aₜ</source>
        <translation>độ lệch của aₜ</translation>
    </message>
    <message>
        <source>output weights: hₜ → yₜ (one row per vocabulary token)</source>
        <translation>trọng số đầu ra: hₜ → yₜ (mỗi token trong bộ từ vựng một hàng)</translation>
    </message>
    <message>
        <source>The concatenated form: W·[hₜ₋₁, xₜ] = W_hh hₜ₋₁ + W_xh xₜ.</source>
        <translation>Dạng ghép nối: W·[hₜ₋₁, xₜ] = W_hh hₜ₋₁ + W_xh xₜ.</translation>
    </message>
    <message>
        <source>forget gate f: input weights xₜ → f</source>
        <translation>cổng quên f: trọng số đầu vào xₜ → f</translation>
    </message>
    <message>
        <source>forget gate f: recurrent weights hₜ₋₁ → f</source>
        <translation>cổng quên f: trọng số hồi quy hₜ₋₁ → f</translation>
    </message>
    <message>
        <source>input gate i: input weights xₜ → i</source>
        <translation>cổng vào i: trọng số đầu vào xₜ → i</translation>
    </message>
    <message>
        <source>input gate i: recurrent weights hₜ₋₁ → i</source>
        <translation>cổng vào i: trọng số hồi quy hₜ₋₁ → i</translation>
    </message>
    <message>
        <source>candidate C̃: input weights xₜ → C̃</source>
        <translation>ứng viên C̃: trọng số đầu vào xₜ → C̃</translation>
    </message>
    <message>
        <source>candidate C̃: recurrent weights hₜ₋₁ → C̃</source>
        <translation>ứng viên C̃: trọng số hồi quy hₜ₋₁ → C̃</translation>
    </message>
    <message>
        <source>output gate o: input weights xₜ → o</source>
        <translation>cổng ra o: trọng số đầu vào xₜ → o</translation>
    </message>
    <message>
        <source>output gate o: recurrent weights hₜ₋₁ → o</source>
        <translation>cổng ra o: trọng số hồi quy hₜ₋₁ → o</translation>
    </message>
    <message>
        <source>output gate o: bias</source>
        <translation>cổng ra o: độ lệch</translation>
    </message>
    <message>
        <source>The 4 gates&apos; input weights as one matrix: the gates (f, i, C̃, o) are computed together in one matrix product.</source>
        <translation>Trọng số đầu vào của 4 cổng gộp thành một ma trận: các cổng (f, i, C̃, o) được tính cùng nhau trong một phép nhân ma trận.</translation>
    </message>
    <message>
        <source>The 4 gates&apos; recurrent weights as one matrix: the gates (f, i, C̃, o) are computed together in one matrix product.</source>
        <translation>Trọng số hồi quy của 4 cổng gộp thành một ma trận: các cổng (f, i, C̃, o) được tính cùng nhau trong một phép nhân ma trận.</translation>
    </message>
    <message>
        <source>The 4 gates&apos; biases as one matrix: the gates (f, i, C̃, o) are computed together in one matrix product.</source>
        <translation>Độ lệch của 4 cổng gộp thành một ma trận: các cổng (f, i, C̃, o) được tính cùng nhau trong một phép nhân ma trận.</translation>
    </message>
    <message>
        <source>The concatenated form: W_f·[hₜ₋₁, xₜ] is U_f hₜ₋₁ + W_f xₜ, one matrix on the stacked vector.</source>
        <translation>Dạng ghép nối: W_f·[hₜ₋₁, xₜ] chính là U_f hₜ₋₁ + W_f xₜ, một ma trận nhân với vectơ xếp chồng.</translation>
    </message>
    <message>
        <source>The concatenated form: W_i·[hₜ₋₁, xₜ] is U_i hₜ₋₁ + W_i xₜ, one matrix on the stacked vector.</source>
        <translation>Dạng ghép nối: W_i·[hₜ₋₁, xₜ] chính là U_i hₜ₋₁ + W_i xₜ, một ma trận nhân với vectơ xếp chồng.</translation>
    </message>
    <message>
        <source>The concatenated form: W_c·[hₜ₋₁, xₜ] is U_c hₜ₋₁ + W_c xₜ, one matrix on the stacked vector.</source>
        <translation>Dạng ghép nối: W_c·[hₜ₋₁, xₜ] chính là U_c hₜ₋₁ + W_c xₜ, một ma trận nhân với vectơ xếp chồng.</translation>
    </message>
    <message>
        <source>The concatenated form: W_o·[hₜ₋₁, xₜ] is U_o hₜ₋₁ + W_o xₜ, one matrix on the stacked vector.</source>
        <translation>Dạng ghép nối: W_o·[hₜ₋₁, xₜ] chính là U_o hₜ₋₁ + W_o xₜ, một ma trận nhân với vectơ xếp chồng.</translation>
    </message>
    <message>
        <source>Every gate&apos;s [U W] stacked: one product with [hₜ₋₁; xₜ] gives every gate&apos;s pre-activation at once.</source>
        <translation>[U W] của mọi cổng xếp chồng: một phép nhân với [hₜ₋₁; xₜ] cho ra tiền kích hoạt của mọi cổng cùng lúc.</translation>
    </message>
    <message>
        <source>forget gate f: peephole weights c → f</source>
        <translation>cổng quên f: trọng số peephole c → f</translation>
    </message>
    <message>
        <source>input gate i: peephole weights c → i</source>
        <translation>cổng vào i: trọng số peephole c → i</translation>
    </message>
    <message>
        <source>output gate o: peephole weights c → o</source>
        <translation>cổng ra o: trọng số peephole c → o</translation>
    </message>
    <message>
        <source>update gate z: input weights xₜ → z</source>
        <translation>cổng cập nhật z: trọng số đầu vào xₜ → z</translation>
    </message>
    <message>
        <source>update gate z: recurrent weights hₜ₋₁ → z</source>
        <translation>cổng cập nhật z: trọng số hồi quy hₜ₋₁ → z</translation>
    </message>
    <message>
        <source>reset gate r: input weights xₜ → r</source>
        <translation>cổng đặt lại r: trọng số đầu vào xₜ → r</translation>
    </message>
    <message>
        <source>reset gate r: recurrent weights hₜ₋₁ → r</source>
        <translation>cổng đặt lại r: trọng số hồi quy hₜ₋₁ → r</translation>
    </message>
    <message>
        <source>candidate state h̃: input weights xₜ → h̃</source>
        <translation>trạng thái ứng viên h̃: trọng số đầu vào xₜ → h̃</translation>
    </message>
    <message>
        <source>candidate state h̃: recurrent weights hₜ₋₁ → h̃</source>
        <translation>trạng thái ứng viên h̃: trọng số hồi quy hₜ₋₁ → h̃</translation>
    </message>
    <message>
        <source>candidate state h̃: bias</source>
        <translation>trạng thái ứng viên h̃: độ lệch</translation>
    </message>
    <message>
        <source>The concatenated form: W_z·[hₜ₋₁, xₜ] is U_z hₜ₋₁ + W_z xₜ, one matrix on the stacked vector.</source>
        <translation>Dạng ghép nối: W_z·[hₜ₋₁, xₜ] chính là U_z hₜ₋₁ + W_z xₜ, một ma trận nhân với vectơ xếp chồng.</translation>
    </message>
    <message>
        <source>The concatenated form: W_r·[hₜ₋₁, xₜ] is U_r hₜ₋₁ + W_r xₜ, one matrix on the stacked vector.</source>
        <translation>Dạng ghép nối: W_r·[hₜ₋₁, xₜ] chính là U_r hₜ₋₁ + W_r xₜ, một ma trận nhân với vectơ xếp chồng.</translation>
    </message>
    <message>
        <source>The concatenated form: W_h·[hₜ₋₁, xₜ] is U_h hₜ₋₁ + W_h xₜ, one matrix on the stacked vector.</source>
        <translation>Dạng ghép nối: W_h·[hₜ₋₁, xₜ] chính là U_h hₜ₋₁ + W_h xₜ, một ma trận nhân với vectơ xếp chồng.</translation>
    </message>
    <message>
        <source>candidate state h̃ (reset after): bias inside r ⊙ (U_h hₜ₋₁ + b_hn)</source>
        <translation>trạng thái ứng viên h̃ (đặt lại sau): độ lệch bên trong r ⊙ (U_h hₜ₋₁ + b_hn)</translation>
    </message>
    <message>
        <source>update gate z: bias</source>
        <translation>cổng cập nhật z: độ lệch</translation>
    </message>
    <message>
        <source>reset gate r: bias</source>
        <translation>cổng đặt lại r: độ lệch</translation>
    </message>
    <message>
        <source>The 3 gates&apos; input weights as one matrix: the gates (z, r, h̃) are computed together in one matrix product.</source>
        <translation>Trọng số đầu vào của 3 cổng gộp thành một ma trận: các cổng (z, r, h̃) được tính cùng lúc trong một phép nhân ma trận.</translation>
    </message>
    <message>
        <source>The 3 gates&apos; recurrent weights as one matrix: the gates (z, r, h̃) are computed together in one matrix product.</source>
        <translation>Trọng số hồi quy của 3 cổng gộp thành một ma trận: các cổng (z, r, h̃) được tính cùng lúc trong một phép nhân ma trận.</translation>
    </message>
    <message>
        <source>The 3 gates&apos; biases as one matrix: the gates (z, r, h̃) are computed together in one matrix product.</source>
        <translation>Độ lệch của 3 cổng gộp thành một ma trận: các cổng (z, r, h̃) được tính cùng lúc trong một phép nhân ma trận.</translation>
    </message>
    <message>
        <source>The 2 gates&apos; input weights as one matrix: the gates (z, h̃) are computed together in one matrix product.</source>
        <translation>Trọng số đầu vào của 2 cổng gộp thành một ma trận: các cổng (z, h̃) được tính cùng lúc trong một phép nhân ma trận.</translation>
    </message>
    <message>
        <source>The 2 gates&apos; recurrent weights as one matrix: the gates (z, h̃) are computed together in one matrix product.</source>
        <translation>Trọng số hồi quy của 2 cổng gộp thành một ma trận: các cổng (z, h̃) được tính cùng lúc trong một phép nhân ma trận.</translation>
    </message>
    <message>
        <source>The 2 gates&apos; biases as one matrix: the gates (z, h̃) are computed together in one matrix product.</source>
        <translation>Độ lệch của 2 cổng gộp thành một ma trận: các cổng (z, h̃) được tính cùng lúc trong một phép nhân ma trận.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Next character after PIG (GRU)</source>
        <translation>Ký tự tiếp theo sau PIG (GRU)</translation>
    </message>
    <message>
        <source>Next character after PIG (LSTM)</source>
        <translation>Ký tự tiếp theo sau PIG (LSTM)</translation>
    </message>
    <message>
        <source>Next character after PIG (peephole LSTM)</source>
        <translation>Ký tự tiếp theo sau PIG (LSTM peephole)</translation>
    </message>
    <message>
        <source>Next character after PIG (Elman RNN)</source>
        <translation>Ký tự tiếp theo sau PIG (Elman RNN)</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>Tách ra</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Tách khung neo ra và gắn lại</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Đóng khung neo</translation>
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
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ qua thay đổi</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
</context>
<context>
    <name>Quantity</name>
    <message>
        <source>forget gate</source>
        <translation>cổng quên</translation>
    </message>
    <message>
        <source>input gate</source>
        <translation>cổng vào</translation>
    </message>
    <message>
        <source>output gate</source>
        <translation>cổng ra</translation>
    </message>
    <message>
        <source>update gate</source>
        <translation>cổng cập nhật</translation>
    </message>
    <message>
        <source>reset gate</source>
        <translation>cổng đặt lại</translation>
    </message>
    <message>
        <source>pre-activation</source>
        <translation>tiền kích hoạt</translation>
    </message>
    <message>
        <source>hidden state</source>
        <translation>trạng thái ẩn</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>ứng viên</translation>
    </message>
    <message>
        <source>cell state</source>
        <translation>trạng thái ô</translation>
    </message>
    <message>
        <source>candidate state</source>
        <translation>trạng thái ứng viên</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>LSTM Studio lessons (*.json)</source>
        <translation>Bài học LSTM Studio (*.json)</translation>
    </message>
    <message>
        <source>Step {number} of the lesson</source>
        <translation>Bước {number} của bài học</translation>
    </message>
    <message>
        <source>What the student reads: Markdown with $inline$ and $$display$$ maths</source>
        <translation>Nội dung học viên đọc: Markdown với công thức $inline$ và $$display$$</translation>
    </message>
    <message>
        <source>One line: what to do in this step</source>
        <translation>Một dòng: việc cần làm ở bước này</translation>
    </message>
    <message>
        <source>(leave as it is)</source>
        <translation>(giữ nguyên)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <source>Lock (read-only in this step)</source>
        <translation>Khóa (chỉ đọc ở bước này)</translation>
    </message>
    <message>
        <source>everything, except what is unlocked below</source>
        <translation>mọi thứ, trừ những gì được mở khóa bên dưới</translation>
    </message>
    <message>
        <source>single entries, e.g. W_hh[1,1] b_y[4]</source>
        <translation>từng mục, ví dụ W_hh[1,1] b_y[4]</translation>
    </message>
    <message>
        <source>with everything locked: b_y W_hh[2,2]</source>
        <translation>khi mọi thứ bị khóa: b_y W_hh[2,2]</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>Hide in this step</source>
        <translation>Ẩn ở bước này</translation>
    </message>
    <message>
        <source>Add the step</source>
        <translation>Thêm bước</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>Bài học mới</translation>
    </message>
    <message>
        <source>Title of the lesson:</source>
        <translation>Tiêu đề bài học:</translation>
    </message>
    <message>
        <source>Save the lesson as</source>
        <translation>Lưu bài học thành</translation>
    </message>
    <message>
        <source>Add a step to which lesson?</source>
        <translation>Thêm bước vào bài học nào?</translation>
    </message>
    <message>
        <source>The step was not added</source>
        <translation>Chưa thêm được bước</translation>
    </message>
    <message>
        <source>{file}: step {number} written</source>
        <translation>{file}: đã ghi bước {number}</translation>
    </message>
</context>
<context>
    <name>SequencePanel</name>
    <message>
        <source>append {token} as step {t}</source>
        <extracomment>The one-hot grid shows at most this many rows. A vocabulary too long for them (the plurals task&apos;s 23 tokens) shows the rows of the tokens in the input only, so that the target and prediction rows stay in sight; typing another token adds its row.</extracomment>
        <translation>thêm {token} làm bước {t}</translation>
    </message>
    <message>
        <source>x_{t}[{token}] = {value}: click to make {token} the input at step {t}</source>
        <translation>x_{t}[{token}] = {value}: nhấp để lấy {token} làm đầu vào ở bước {t}</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>do bạn đặt</translation>
    </message>
    <message>
        <source>default: the next input token</source>
        <translation>mặc định: token đầu vào tiếp theo</translation>
    </message>
    <message>
        <source>target at step {t} ({how}); click to change</source>
        <translation>mục tiêu ở bước {t} ({how}); nhấp để thay đổi</translation>
    </message>
    <message>
        <source>argmax p_{t} = {token} with p = {p}</source>
        <translation>argmax p_{t} = {token} với p = {p}</translation>
    </message>
    <message>
        <source>append a step</source>
        <translation>thêm một bước</translation>
    </message>
    <message>
        <source>step {t}: click to go there</source>
        <translation>bước {t}: nhấp để chuyển tới</translation>
    </message>
    <message>
        <source>target</source>
        <translation>mục tiêu</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>dự đoán</translation>
    </message>
    <message>
        <source>one-hot input: 1 where the step&apos;s token is {token}</source>
        <translation>đầu vào one-hot: bằng 1 nơi token của bước là {token}</translation>
    </message>
    <message>
        <source>what the model should predict at each step (click a cell to change)</source>
        <translation>những gì mô hình cần dự đoán ở mỗi bước (nhấp vào một ô để thay đổi)</translation>
    </message>
    <message>
        <source>the token with the highest probability p_t</source>
        <translation>token có xác suất p_t cao nhất</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input&lt;/b&gt;</source>
        <translation>&lt;b&gt;Đầu vào&lt;/b&gt;</translation>
    </message>
    <message>
        <source>type tokens, e.g. PIG</source>
        <translation>nhập các token, ví dụ PIG</translation>
    </message>
    <message>
        <source>The sequence fed to the cell, one token per step. With one-character tokens type them together (PIG); otherwise separate them with spaces.</source>
        <translation>Chuỗi đưa vào ô, mỗi bước một token. Với token một ký tự thì gõ liền nhau (PIG); nếu không thì cách nhau bằng dấu cách.</translation>
    </message>
    <message>
        <source>Targets: next token</source>
        <translation>Mục tiêu: token tiếp theo</translation>
    </message>
    <message>
        <source>Reset every target to the default: the next input token</source>
        <translation>Đặt mọi mục tiêu về mặc định: token đầu vào tiếp theo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Initial state&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trạng thái ban đầu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Về 0</translation>
    </message>
    <message>
        <source>h₀ = 0 (and c₀ = 0)</source>
        <translation>h₀ = 0 (và c₀ = 0)</translation>
    </message>
    <message>
        <source>{state}₀ of unit {unit}: the state before step 1</source>
        <translation>{state}₀ của đơn vị {unit}: trạng thái trước bước 1</translation>
    </message>
    <message>
        <source>(set in the model file)</source>
        <translation>(đặt trong tệp mô hình)</translation>
    </message>
    <message>
        <source>no tokens yet: type some, or click a cell in the + column below</source>
        <translation>chưa có token nào: hãy gõ vài token, hoặc nhấp vào một ô ở cột + bên dưới</translation>
    </message>
    <message>
        <source>{tokens} not in the vocabulary ({vocabulary}): skipped</source>
        <translation>{tokens} không có trong bộ từ vựng ({vocabulary}): bỏ qua</translation>
    </message>
    <message>
        <source>use {tokens}</source>
        <translation>dùng {tokens}</translation>
    </message>
    <message>
        <source>fix the case</source>
        <translation>sửa chữ hoa/thường</translation>
    </message>
    <message>
        <source>next token (default)</source>
        <translation>token tiếp theo (mặc định)</translation>
    </message>
    <message>
        <source>no target at this step</source>
        <translation>bước này không có mục tiêu</translation>
    </message>
    <message>
        <source>Remove step {t}</source>
        <translation>Xóa bước {t}</translation>
    </message>
    <message>
        <source>set {state}₀[{unit}]</source>
        <translation>đặt {state}₀[{unit}]</translation>
    </message>
    <message>
        <source>zero initial state</source>
        <translation>đưa trạng thái ban đầu về 0</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Weights table</source>
        <extracomment>Nudge steps of the weights table: Ctrl+Up/Down (or PageUp/PageDown), with Shift the fine one. A burst of nudges ends (one undo step) when no nudge came for this long.</extracomment>
        <translation>Bảng trọng số</translation>
    </message>
    <message>
        <source>Cell diagram</source>
        <translation>Sơ đồ ô nhớ</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Mọi nơi</translation>
    </message>
    <message>
        <source>nudge the selected weight by ±%1 (one undo step per burst)</source>
        <translation>nhích trọng số đang chọn ±%1 (mỗi loạt là một bước hoàn tác)</translation>
    </message>
    <message>
        <source>nudge the selected weight (with Shift: finer)</source>
        <translation>nhích trọng số đang chọn (kèm Shift: mịn hơn)</translation>
    </message>
    <message>
        <source>arrow keys, a number, Enter</source>
        <translation>phím mũi tên, một số, Enter</translation>
    </message>
    <message>
        <source>move between entries; type a number to set the entry exactly</source>
        <translation>di chuyển giữa các phần tử; gõ một số để đặt đúng giá trị</translation>
    </message>
    <message>
        <source>arrow keys</source>
        <translation>phím mũi tên</translation>
    </message>
    <message>
        <source>select the next or previous box or wire</source>
        <translation>chọn hộp hoặc dây kế tiếp hay trước đó</translation>
    </message>
    <message>
        <source>show the selected element&apos;s equation and numbers</source>
        <translation>hiện phương trình và các số của thành phần đang chọn</translation>
    </message>
    <message>
        <source>move to the next or previous control</source>
        <translation>chuyển đến điều khiển kế tiếp hay trước đó</translation>
    </message>
    <message>
        <source>open the menu bar; underlined letters choose an entry</source>
        <translation>mở thanh menu; chữ gạch dưới chọn một mục</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Cửa sổ</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Every action of the menus, the keys of the panels and the keys of the weights table and the cell diagram. F6 moves between the panels.</source>
        <translation>Mọi thao tác của các menu, phím của các bảng và phím của bảng trọng số cùng sơ đồ ô nhớ. F6 chuyển giữa các bảng.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ở đâu</translation>
    </message>
    <message>
        <source>one row per shortcut: the keys, the action and where it works</source>
        <translation>mỗi phím tắt một hàng: phím, thao tác và nơi nó có tác dụng</translation>
    </message>
</context>
<context>
    <name>TaskPicker</name>
    <message>
        <source>Task</source>
        <extracomment>Lines of data shown per split before &quot;… and N more&quot;. Typing in an option rebuilds the data this long after the last key.</extracomment>
        <translation>Bài toán</translation>
    </message>
    <message>
        <source>Data: vocabulary and split</source>
        <translation>Dữ liệu: bộ từ vựng và cách chia tập</translation>
    </message>
    <message>
        <source>; target accuracy {accuracy}</source>
        <translation>; độ chính xác mục tiêu {accuracy}</translation>
    </message>
    <message>
        <source>+ so very clever
- so very silly</source>
        <translation>+ so very clever
- so very silly</translation>
    </message>
    <message>
        <source>paste a text to learn instead (empty: the shipped story)</source>
        <translation>dán một văn bản để học thay thế (để trống: câu chuyện có sẵn)</translation>
    </message>
    <message>
        <source>comma-separated, e.g. HENS, DISHES</source>
        <translation>cách nhau bằng dấu phẩy, ví dụ HENS, DISHES</translation>
    </message>
    <message>
        <source>vocabulary ({size}): {tokens}</source>
        <translation>bộ từ vựng ({size}): {tokens}</translation>
    </message>
    <message>
        <source>training</source>
        <translation>tập huấn luyện</translation>
    </message>
    <message>
        <source>test</source>
        <translation>tập kiểm tra</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n mục nữa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Next character</source>
        <translation>Ký tự tiếp theo</translation>
    </message>
    <message>
        <source>The cell reads a word one character at a time and, after each character, guesses the next one: after P comes I, after PI comes G, after PIG comes S. This is many-to-many — every step has a target — and the cell must remember where it is in the word, because the same letter can be followed by different letters in different places. Add your own words: when two words start the same way and then part (PIG and PIN), no cell can be sure what comes next, and the best possible accuracy drops below 100 %. There is no test split: the point is to watch the cell memorise these words.</source>
        <translation>Ô đọc một từ, mỗi lần một ký tự, và sau mỗi ký tự thì đoán ký tự tiếp theo: sau P là I, sau PI là G, sau PIG là S. Đây là bài toán nhiều-nhiều (many-to-many) — bước nào cũng có mục tiêu — và ô phải nhớ mình đang ở đâu trong từ, vì cùng một chữ cái có thể đứng trước những chữ cái khác nhau ở những vị trí khác nhau. Hãy thêm từ của bạn: khi hai từ bắt đầu giống nhau rồi rẽ sang hướng khác (PIG và PIN), không ô nào biết chắc điều gì đến tiếp theo, và độ chính xác tốt nhất có thể đạt sẽ dưới 100 %. Không có tập kiểm tra: mục đích là xem ô học thuộc các từ này.</translation>
    </message>
    <message>
        <source>words</source>
        <translation>các từ</translation>
    </message>
    <message>
        <source>the words to learn, e.g. PIGS,COWS</source>
        <translation>các từ cần học, ví dụ PIGS,COWS</translation>
    </message>
    <message>
        <source>Plurals: S or ES</source>
        <translation>Số nhiều: S hay ES</translation>
    </message>
    <message>
        <source>extra words</source>
        <translation>từ bổ sung</translation>
    </message>
    <message>
        <source>more plurals to learn, e.g. HENS,MIXES</source>
        <translation>thêm các danh từ số nhiều cần học, ví dụ HENS,MIXES</translation>
    </message>
    <message>
        <source>Long-range dependency</source>
        <translation>Phụ thuộc xa</translation>
    </message>
    <message>
        <source>Each word is a plural padded with _ to five characters: PIGS_, FEES_, COWS_, CUPS_, BUSES, TAXES and more of the same two kinds. The cell reads the word letter by letter and is scored only on the ending: after the stem it must say S or E, and then S or _. The rule hides in the stem&apos;s last letter (BUS and TAX take ES, COW and FEE take S), and the same letter S must be answered differently depending on where it stands — after BU it is followed by E, after COW by _ — so the cell has to remember. After training, type BUS and let the cell continue: it writes E S; type COW and it writes S _. RATS, FANS, FOXES and SIXES are held out as a test of whether the rule was learnt rather than the words. Add your own plurals (DISHES, CHURCHES: longer words pad everything to the longest). An Elman RNN learns this as fast as an LSTM: the memory it needs reaches back only a few letters. For a task that only gated cells learn, train the three side by side on the long-range dependency.</source>
        <translation>Mỗi từ là một danh từ số nhiều tiếng Anh, được đệm bằng _ cho đủ năm ký tự: PIGS_, FEES_, COWS_, CUPS_, BUSES, TAXES và nhiều từ khác thuộc hai loại đó. Ô đọc từ theo từng chữ cái và chỉ được chấm ở phần đuôi: sau gốc từ nó phải nói S hoặc E, rồi S hoặc _. Quy tắc nằm ở chữ cái cuối của gốc từ (BUS và TAX thêm ES, COW và FEE thêm S), và cùng một chữ S phải được trả lời khác nhau tùy vị trí — sau BU là E, sau COW là _ — nên ô phải ghi nhớ. Sau khi huấn luyện, hãy gõ BUS rồi để ô viết tiếp: nó viết E S; gõ COW thì nó viết S _. RATS, FANS, FOXES và SIXES được giữ lại làm tập kiểm tra để xem ô học được quy tắc chứ không phải học thuộc từ. Hãy thêm các danh từ số nhiều của bạn (DISHES, CHURCHES: từ dài hơn khiến mọi từ được đệm đến độ dài của từ dài nhất). Một Elman RNN học bài này nhanh như LSTM: bộ nhớ nó cần chỉ lùi lại vài chữ cái. Để có một bài mà chỉ các ô có cổng học được, hãy huấn luyện cả ba cạnh nhau trên bài phụ thuộc tầm xa.</translation>
    </message>
    <message>
        <source>Each sequence starts with A or B, then L random distractors from w x y z, then a ?. At the ? the cell must say which symbol came first — only that last step has a target (many-to-one), so the error signal has to travel back L + 1 steps to the symbol that matters. In an Elman RNN it is multiplied by W_hh and tanh&apos; at every step and fades away, so the RNN stays at guessing (50 %). The LSTM&apos;s cell state is a constant error carousel: with the forget gate near 1, cₜ = fₜ ⊙ cₜ₋₁ + … carries the symbol and its gradient across the gap almost unchanged, and the GRU&apos;s update gate does the same for h. With the defaults (L = 20, at most 6 epochs, the three cells side by side on the same data) the LSTM and the GRU reach 100 % within a few epochs while the RNN stays at 50 %: the same budget, and only the gated cells learn. (Given many more epochs an RNN sometimes stumbles on a saturated unit that latches the symbol.) A gate&apos;s memory lasts about 1 / (1 − f) steps, so the gated cells start with chrono initialisation (forget-gate biases spread up to log L): with the usual b_f = 1 (f ≈ 0.73, a memory of four steps) an LSTM rarely learns a gap of 20 — switch chrono off to see why it is there. The test sequences are fresh ones the cell never saw.</source>
        <translation>Mỗi chuỗi bắt đầu bằng A hoặc B, tiếp theo là L ký tự gây nhiễu ngẫu nhiên lấy từ w x y z, rồi một dấu ?. Tại dấu ? ô phải nói ký hiệu nào đứng đầu — chỉ bước cuối này có mục tiêu (nhiều-một, many-to-one), nên tín hiệu lỗi phải truyền ngược L + 1 bước về tới ký hiệu quan trọng. Trong Elman RNN, nó bị nhân với W_hh và tanh&apos; ở mỗi bước và tắt dần, nên RNN chỉ dừng ở mức đoán mò (50 %). Trạng thái ô của LSTM là một băng chuyền lỗi hằng: với cổng quên gần 1, cₜ = fₜ ⊙ cₜ₋₁ + … mang ký hiệu và gradient của nó qua khoảng cách gần như không đổi, và cổng cập nhật của GRU làm điều tương tự cho h. Với các giá trị mặc định (L = 20, tối đa 6 epoch, ba ô cạnh nhau trên cùng dữ liệu), LSTM và GRU đạt 100 % chỉ sau vài epoch trong khi RNN dừng ở 50 %: cùng một ngân sách, và chỉ các ô có cổng học được. (Với nhiều epoch hơn hẳn, RNN đôi khi tình cờ có một đơn vị bão hòa giữ chặt ký hiệu.) Bộ nhớ của một cổng kéo dài khoảng 1 / (1 − f) bước, vì vậy các ô có cổng được khởi tạo kiểu chrono (độ lệch cổng quên trải đến log L): với b_f = 1 thông thường (f ≈ 0,73, nhớ được bốn bước), LSTM hiếm khi học được khoảng cách 20 — hãy tắt chrono để thấy vì sao nó cần thiết. Các chuỗi kiểm tra là chuỗi mới mà ô chưa từng thấy.</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>khoảng cách</translation>
    </message>
    <message>
        <source>L, the number of distractors between the symbol and the ?</source>
        <translation>L, số ký tự gây nhiễu giữa ký hiệu và dấu ?</translation>
    </message>
    <message>
        <source>sequences</source>
        <translation>số chuỗi</translation>
    </message>
    <message>
        <source>how many training sequences</source>
        <translation>số chuỗi huấn luyện</translation>
    </message>
    <message>
        <source>Sentiment (many-to-one)</source>
        <translation>Cảm xúc (nhiều-một)</translation>
    </message>
    <message>
        <source>Short film reviews written for the app, read one word at a time; only after the last word does the cell answer POSITIVE or NEGATIVE (many-to-one). Many reviews come in pairs that differ by one word — &apos;not bad&apos; is positive, &apos;not good&apos; negative, &apos;i liked it&apos; and &apos;i did not like it&apos; — so the cell cannot just add up good and bad words: it must carry the &apos;not&apos; along until the word it turns around. A seeded fifth of the reviews is held out as a test split; words that occur only there were never learnt, which is why the test accuracy stays below the training accuracy. Add your own reviews as &apos;+ words&apos; or &apos;- words&apos;.</source>
        <translation>Những bài nhận xét phim ngắn bằng tiếng Anh viết riêng cho ứng dụng, được đọc từng từ một; chỉ sau từ cuối cùng ô mới trả lời POSITIVE hoặc NEGATIVE (nhiều-một). Nhiều bài đi thành cặp chỉ khác nhau một từ — &apos;not bad&apos; là tích cực, &apos;not good&apos; là tiêu cực, &apos;i liked it&apos; và &apos;i did not like it&apos; — nên ô không thể chỉ cộng các từ tốt và xấu: nó phải mang chữ &apos;not&apos; theo cho tới từ mà nó đảo nghĩa. Một phần năm số bài, chọn theo seed, được giữ lại làm tập kiểm tra; những từ chỉ xuất hiện ở đó thì chưa bao giờ được học, vì thế độ chính xác kiểm tra luôn thấp hơn độ chính xác huấn luyện. Hãy thêm nhận xét của bạn dưới dạng &apos;+ các từ&apos; hoặc &apos;- các từ&apos;.</translation>
    </message>
    <message>
        <source>extra phrases</source>
        <translation>câu bổ sung</translation>
    </message>
    <message>
        <source>more reviews, each &apos;+ words&apos; or &apos;- words&apos;</source>
        <translation>thêm nhận xét, mỗi dòng &apos;+ các từ&apos; hoặc &apos;- các từ&apos;</translation>
    </message>
    <message>
        <source>test fraction</source>
        <translation>tỉ lệ kiểm tra</translation>
    </message>
    <message>
        <source>the share of reviews held out for testing</source>
        <translation>tỉ lệ số bài nhận xét được giữ lại để kiểm tra</translation>
    </message>
    <message>
        <source>Character language model</source>
        <translation>Mô hình ngôn ngữ mức ký tự</translation>
    </message>
    <message>
        <source>A short story written for the app (&apos;the cell and the gate&apos;), cut into pieces of 16 characters. At every character the cell guesses the next one, as in the next-character task but on real text, where no guess is ever certain — so the accuracy will not reach 100 %, and the loss (the surprise, in nats per character) is the better measure. Once trained, use the generation panel: prime it with a few letters and let it write, drawing each character from its output distribution and feeding it back in. The last fifth of the text is the test split. Paste your own text instead (at least a few hundred characters; line breaks become spaces).</source>
        <translation>Một câu chuyện ngắn bằng tiếng Anh viết riêng cho ứng dụng (&apos;the cell and the gate&apos;), được cắt thành các đoạn 16 ký tự. Ở mỗi ký tự, ô đoán ký tự tiếp theo, giống bài toán ký tự tiếp theo nhưng trên văn bản thật, nơi không có dự đoán nào chắc chắn — nên độ chính xác sẽ không đạt 100 %, và mất mát (mức độ bất ngờ, tính bằng nat trên mỗi ký tự) là thước đo tốt hơn. Sau khi huấn luyện, hãy dùng bảng sinh chuỗi: mồi cho nó vài chữ cái rồi để nó viết, mỗi ký tự được rút từ phân phối đầu ra và đưa ngược vào lại. Một phần năm cuối của văn bản là tập kiểm tra. Bạn có thể dán văn bản của mình thay vào (ít nhất vài trăm ký tự; dấu xuống dòng sẽ thành dấu cách).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>the text to learn (empty: the shipped story)</source>
        <translation>văn bản cần học (để trống: câu chuyện có sẵn)</translation>
    </message>
    <message>
        <source>length</source>
        <translation>độ dài</translation>
    </message>
    <message>
        <source>characters per training piece (BPTT length)</source>
        <translation>số ký tự mỗi đoạn huấn luyện (độ dài BPTT)</translation>
    </message>
    <message>
        <source>the share of the text held out at its end</source>
        <translation>tỉ lệ văn bản ở phần cuối được giữ lại</translation>
    </message>
    <message>
        <source>{tokens} tokens, {train} training sequences ({targets} targets), no test split</source>
        <translation>{tokens} token, {train} chuỗi huấn luyện ({targets} mục tiêu), không có tập kiểm tra</translation>
    </message>
    <message>
        <source>{tokens} tokens, {train} training sequences ({targets} targets), {test} test sequences</source>
        <translation>{tokens} token, {train} chuỗi huấn luyện ({targets} mục tiêu), {test} chuỗi kiểm tra</translation>
    </message>
    <message>
        <source>{option}: {word} is not a plural ending in S or ES</source>
        <translation>{option}: {word} không phải là dạng số nhiều tận cùng bằng S hoặc ES</translation>
    </message>
    <message>
        <source>Chance is {share}: a cell that forgot the first symbol can only guess.</source>
        <translation>Đoán bừa đúng {share}: một ô đã quên ký hiệu đầu tiên chỉ có thể đoán.</translation>
    </message>
    <message>
        <source>{characters} characters in pieces of {length}; the last {share} is the test split.</source>
        <translation>{characters} ký tự, cắt thành các đoạn {length} ký tự; {share} cuối cùng là tập kiểm tra.</translation>
    </message>
    <message>
        <source>{option}: {value} is outside {low}..{high} for the {task} task</source>
        <translation>{option}: {value} nằm ngoài khoảng {low}..{high} của bài toán {task}</translation>
    </message>
    <message>
        <source>{option}: an empty word</source>
        <translation>{option}: một từ rỗng</translation>
    </message>
    <message>
        <source>{option}: {word}… is longer than {limit} characters</source>
        <translation>{option}: {word}… dài hơn {limit} ký tự</translation>
    </message>
    <message>
        <source>{option}: {word} contains white space</source>
        <translation>{option}: {word} chứa khoảng trắng</translation>
    </message>
    <message>
        <source>{option}: give at least one word, e.g. {example}</source>
        <translation>{option}: hãy nhập ít nhất một từ, ví dụ {example}</translation>
    </message>
    <message>
        <source>{option}: {word} is too short (a word needs at least two characters)</source>
        <translation>{option}: {word} quá ngắn (một từ cần ít nhất hai ký tự)</translation>
    </message>
    <message>
        <source>Some words share a beginning but continue differently, so at best {share} of the guesses can be right.</source>
        <translation>Một số từ có cùng phần đầu nhưng tiếp tục khác nhau, nên tốt nhất chỉ {share} số lần đoán có thể đúng.</translation>
    </message>
    <message>
        <source>{option}: {word} is not a word of the letters A to Z</source>
        <translation>{option}: {word} không phải là từ gồm các chữ cái A đến Z</translation>
    </message>
    <message>
        <source>Words that appear only in the test split (the cell never learnt them): {words}</source>
        <translation>Những từ chỉ xuất hiện trong tập kiểm tra (ô chưa bao giờ học chúng): {words}</translation>
    </message>
    <message>
        <source>{option}: {characters} characters is too short for pieces of {length} (give more text)</source>
        <translation>{option}: {characters} ký tự là quá ngắn cho các đoạn {length} ký tự (hãy đưa thêm văn bản)</translation>
    </message>
    <message>
        <source>{option}: line {number} should be &apos;+ words&apos; or &apos;- words&apos;, got {line}</source>
        <translation>{option}: dòng {number} phải có dạng &apos;+ các từ&apos; hoặc &apos;- các từ&apos;, nhận được {line}</translation>
    </message>
</context>
<context>
    <name>TeacherWarnings</name>
    <message>
        <source>c passes unchanged and</source>
        <translation>c đi qua không đổi, và</translation>
    </message>
    <message>
        <source>all of C̃ enters c and</source>
        <translation>toàn bộ C̃ đi vào c, và</translation>
    </message>
    <message>
        <source>h shows all of tanh(c) and</source>
        <translation>h hiện toàn bộ tanh(c), và</translation>
    </message>
    <message>
        <source>cₜ₋₁ is wiped out (∂cₜ/∂cₜ₋₁ = f ≈ 0) and</source>
        <translation>cₜ₋₁ bị xóa sạch (∂cₜ/∂cₜ₋₁ = f ≈ 0), và</translation>
    </message>
    <message>
        <source>nothing new enters c and</source>
        <translation>không có gì mới vào c, và</translation>
    </message>
    <message>
        <source>h is shut off from c and</source>
        <translation>h bị tách khỏi c, và</translation>
    </message>
    <message>
        <source>hₜ₋₁ is hidden from the candidate and</source>
        <translation>hₜ₋₁ bị che khỏi ứng viên, và</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>ngược</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>xuôi</translation>
    </message>
    <message>
        <source> (layer {layer}, {direction})</source>
        <translation> (lớp {layer}, {direction})</translation>
    </message>
    <message>
        <source> (layer {layer})</source>
        <translation> (lớp {layer})</translation>
    </message>
    <message>
        <source>{name}{where} is pinned at {level} ({symbol} = {value}) at {steps}: {derivative} ≈ {slope}, so {why}</source>
        <translation>{name}{where} bị ghim ở {level} ({symbol} = {value}) tại {steps}: {derivative} ≈ {slope}, nên {why}</translation>
    </message>
    <message>
        <source>the gradient through these steps nearly vanishes.</source>
        <translation>gradient qua các bước này gần như biến mất.</translation>
    </message>
    <message>
        <source>{name}{where} reaches {value} at t = {t}: relu does not bound h, and W_hh (largest |eigenvalue| {radius}) multiplies it at every step.</source>
        <translation>{name}{where} đạt {value} tại t = {t}: relu không chặn h, và W_hh (|trị riêng| lớn nhất {radius}) nhân nó ở mỗi bước.</translation>
    </message>
    <message>
        <source>{name}{where} is 0 at every step (a dead relu: a_t ≤ 0), so no gradient flows through this unit at all.</source>
        <translation>{name}{where} bằng 0 ở mọi bước (relu chết: a_t ≤ 0), nên không có gradient nào đi qua đơn vị này.</translation>
    </message>
    <message>
        <source>|{name}|{where} reaches {value} at t = {t}: c adds i ⊙ C̃ at every step and only f shrinks it, while tanh(c) is pinned at ±1.</source>
        <translation>|{name}|{where} đạt {value} tại t = {t}: c cộng thêm i ⊙ C̃ ở mỗi bước và chỉ f làm nó nhỏ lại, trong khi tanh(c) bị ghim ở ±1.</translation>
    </message>
    <message>
        <source>{lead} W_{p}, U_{p}, b_{p} of unit {unit} get almost no gradient there.</source>
        <translation>{lead} W_{p}, U_{p}, b_{p} của đơn vị {unit} gần như không nhận được gradient ở đó.</translation>
    </message>
    <message>
        <source>W_{p}, U_{p}, b_{p} of unit {unit} get almost no gradient there.</source>
        <translation>W_{p}, U_{p}, b_{p} của đơn vị {unit} gần như không nhận được gradient ở đó.</translation>
    </message>
    <message>
        <source>Overflow{where} at t = {t}: a number became too large for float64 (inf or NaN), so everything computed after it is meaningless — make the weights smaller.</source>
        <translation>Tràn số{where} tại t = {t}: một số trở nên quá lớn với float64 (inf hoặc NaN), nên mọi thứ tính sau đó đều vô nghĩa — hãy làm các trọng số nhỏ hơn.</translation>
    </message>
    <message>
        <source>The gradient dL/dh{where} overflows (inf or NaN) at t = {t}: it grew too large on its way back through time.</source>
        <translation>Gradient dL/dh{where} bị tràn (inf hoặc NaN) tại t = {t}: nó trở nên quá lớn trên đường đi ngược thời gian.</translation>
    </message>
    <message>
        <source>‖dL/dhₜ‖{where} reaches {value} at t = {t}: the gradient grows as it goes back through time (‖∂hₜ/∂hₜ₋₁‖ &gt; 1); training would need clipping.</source>
        <translation>‖dL/dhₜ‖{where} đạt {value} tại t = {t}: gradient tăng dần khi đi ngược thời gian (‖∂hₜ/∂hₜ₋₁‖ &gt; 1); việc huấn luyện sẽ cần cắt gradient.</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>&lt;b&gt;Time&lt;/b&gt;</source>
        <translation>&lt;b&gt;Thời gian&lt;/b&gt;</translation>
    </message>
    <message>
        <source>First step (Ctrl+Home)</source>
        <translation>Bước đầu (Ctrl+Home)</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+Left)</source>
        <translation>Bước trước (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Play / pause (Ctrl+P)</source>
        <translation>Chạy / tạm dừng (Ctrl+P)</translation>
    </message>
    <message>
        <source>Next step (Ctrl+Right)</source>
        <translation>Bước sau (Ctrl+Right)</translation>
    </message>
    <message>
        <source>The current time step t: highlighted in every view</source>
        <translation>Bước thời gian hiện tại t: được tô sáng trong mọi khung nhìn</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Time per step while playing</source>
        <translation>Thời gian cho mỗi bước khi chạy</translation>
    </message>
    <message>
        <source>t = &lt;b&gt;{t}&lt;/b&gt; of {steps} &amp;nbsp; input &lt;b&gt;{token}&lt;/b&gt;</source>
        <translation>t = &lt;b&gt;{t}&lt;/b&gt; trên {steps} &amp;nbsp; đầu vào &lt;b&gt;{token}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no steps</source>
        <translation>không có bước nào</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>The model</source>
        <extracomment>(where, title, what it shows); the texts are translated where they are shown</extracomment>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Pick the cell — Elman RNN, LSTM, peephole LSTM, GRU — and its conventions, the hidden size and the vocabulary. The presets are ready-made networks; the equations of the cell are at the bottom.</source>
        <translation>Chọn ô nhớ — Elman RNN, LSTM, LSTM peephole, GRU — cùng các quy ước của nó, kích thước ẩn và bộ từ vựng. Các mô hình có sẵn là mạng dựng sẵn; phương trình của ô nhớ nằm ở dưới cùng.</translation>
    </message>
    <message>
        <source>The sequence</source>
        <translation>Chuỗi</translation>
    </message>
    <message>
        <source>Type the input, e.g. PIG. Each column is one time step: the one-hot input x_t, the target (click to change it) and what the network predicts.</source>
        <translation>Gõ đầu vào, ví dụ PIG. Mỗi cột là một bước thời gian: đầu vào one-hot x_t, mục tiêu (nhấp để đổi) và điều mạng dự đoán.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Step through the sequence or play it. Every view shows the step chosen here.</source>
        <translation>Đi từng bước qua chuỗi hoặc phát nó. Mọi khung nhìn đều hiển thị bước được chọn ở đây.</translation>
    </message>
    <message>
        <source>Inside the cell</source>
        <translation>Bên trong ô nhớ</translation>
    </message>
    <message>
        <source>Gates over time, heat maps of every unit, the cell diagram, the network unrolled in time, the equations with today&apos;s numbers, and the gradient lab where gradients vanish or explode.</source>
        <translation>Cổng theo thời gian, bản đồ nhiệt của mọi đơn vị, sơ đồ ô nhớ, mạng trải theo thời gian, các phương trình với số liệu hiện tại, và phòng thí nghiệm gradient nơi gradient biến mất hoặc bùng nổ.</translation>
    </message>
    <message>
        <source>The weights</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <source>Every parameter as a table. Type a number or drag the slider: every view follows while you drag. Ctrl+Z undoes.</source>
        <translation>Mỗi tham số là một bảng. Gõ một số hoặc kéo thanh trượt: mọi khung nhìn thay đổi theo khi bạn kéo. Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>The output</source>
        <translation>Đầu ra</translation>
    </message>
    <message>
        <source>The softmax output p_t at the current step, the target and the loss.</source>
        <translation>Đầu ra softmax p_t ở bước hiện tại, mục tiêu và hàm mất mát.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Công cụ</translation>
    </message>
    <message>
        <source>Train the network on a task and watch it learn, generate text from it, print exercise worksheets.</source>
        <translation>Huấn luyện mạng trên một nhiệm vụ và xem nó học, sinh văn bản từ mạng, in phiếu bài tập.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <source>Help ▸ Lessons opens the course: lessons and challenges that set up the studio for you and check what you build.</source>
        <translation>Trợ giúp ▸ Bài học mở khóa học: các bài học và thử thách thiết lập studio cho bạn và kiểm tra những gì bạn dựng.</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Quay lại</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Tiếp ▶</translation>
    </message>
    <message>
        <source>End the tour</source>
        <translation>Kết thúc tham quan</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number}/{count}</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Model and training</source>
        <extracomment>Curves of up to this many epochs mark each epoch with a dot.</extracomment>
        <translation>Mô hình và huấn luyện</translation>
    </message>
    <message>
        <source>RNN, LSTM and GRU side by side</source>
        <translation>RNN, LSTM và GRU cạnh nhau</translation>
    </message>
    <message>
        <source>chrono: the forget (update) gate biases start spread over log 1 … log T, so the gates remember for up to T steps; default: b_f = 1, a memory of about four steps</source>
        <translation>chrono: độ lệch của cổng quên (cổng cập nhật) được khởi tạo trải từ log 1 … log T, để các cổng nhớ được tới T bước; default: b_f = 1, nhớ được khoảng bốn bước</translation>
    </message>
    <message>
        <source>clip the gradient norm to this; 0 never clips</source>
        <translation>giới hạn chuẩn của gradient ở giá trị này; 0 là không bao giờ cắt</translation>
    </message>
    <message>
        <source>seeds the weights, the batch order and the task&apos;s random data and split</source>
        <translation>seed cho trọng số, thứ tự các lô, dữ liệu ngẫu nhiên và cách chia tập của bài toán</translation>
    </message>
    <message>
        <source>stop at</source>
        <translation>dừng khi đạt</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>ô</translation>
    </message>
    <message>
        <source>hidden units</source>
        <translation>số đơn vị ẩn</translation>
    </message>
    <message>
        <source>initialisation</source>
        <translation>khởi tạo</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>số epoch</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tốc độ học</translation>
    </message>
    <message>
        <source>optimiser</source>
        <translation>bộ tối ưu</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>kích thước lô</translation>
    </message>
    <message>
        <source>clip norm</source>
        <translation>ngưỡng cắt chuẩn</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>độ chính xác huấn luyện</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>sẵn sàng</translation>
    </message>
    <message>
        <source>loss (nats per target)</source>
        <translation>mất mát (nat trên mỗi mục tiêu)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>độ chính xác</translation>
    </message>
    <message>
        <source>history</source>
        <translation>lịch sử</translation>
    </message>
    <message>
        <source>the run whose snapshots the scrubber moves through</source>
        <translation>lần chạy mà thanh trượt duyệt qua các ảnh chụp của nó</translation>
    </message>
    <message numerus="yes">
        <source>{cell}: training {training} after %n epochs</source>
        <translation>
            <numerusform>{cell}: huấn luyện {training} sau %n epoch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{cell}: training {training}, test {test} after %n epochs</source>
        <translation>
            <numerusform>{cell}: huấn luyện {training}, kiểm tra {test} sau %n epoch</numerusform>
        </translation>
    </message>
    <message>
        <source>test accuracy (the lower chart)</source>
        <translation>độ chính xác kiểm tra (biểu đồ dưới)</translation>
    </message>
    <message numerus="yes">
        <source>drag to move through %n snapshots</source>
        <translation>
            <numerusform>kéo để duyệt qua %n ảnh chụp</numerusform>
        </translation>
    </message>
    <message>
        <source>{cell}: epoch {epoch} (step {step}) · loss {loss} · training accuracy {accuracy}</source>
        <translation>{cell}: epoch {epoch} (bước {step}) · mất mát {loss} · độ chính xác huấn luyện {accuracy}</translation>
    </message>
    <message>
        <source>, test {accuracy}</source>
        <translation>, kiểm tra {accuracy}</translation>
    </message>
    <message>
        <source>{cell}: epoch {epoch}: loss {loss}, accuracy {accuracy}</source>
        <translation>{cell}: epoch {epoch}: mất mát {loss}, độ chính xác {accuracy}</translation>
    </message>
    <message>
        <source>train on {task}</source>
        <translation>huấn luyện: {task}</translation>
    </message>
    <message>
        <source>training</source>
        <translation>huấn luyện</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>stopped at {where}: {what} (NaN or overflow); restored {kept}, the last with a finite loss and gradient — lower the learning rate or clip the gradient norm</source>
        <translation>dừng tại {where}: {what} (NaN hoặc tràn số); đã khôi phục {kept}, bộ trọng số cuối cùng có mất mát và gradient hữu hạn — hãy giảm tốc độ học hoặc giới hạn chuẩn của gradient</translation>
    </message>
    <message>
        <source>ran all {epochs} epochs; training accuracy {accuracy}</source>
        <translation>đã chạy đủ {epochs} epoch; độ chính xác huấn luyện {accuracy}</translation>
    </message>
    <message>
        <source>the starting weights</source>
        <translation>trọng số ban đầu</translation>
    </message>
    <message>
        <source>the weights after step {step}</source>
        <translation>trọng số sau bước {step}</translation>
    </message>
    <message>
        <source>epoch {epoch}, batch {batch} of {batches}</source>
        <translation>epoch {epoch}, lô {batch}/{batches}</translation>
    </message>
    <message>
        <source>reached {accuracy} training accuracy (target {target}) at epoch {epoch}</source>
        <translation>đạt độ chính xác huấn luyện {accuracy} (mục tiêu {target}) ở epoch {epoch}</translation>
    </message>
    <message>
        <source>cancelled at {where}</source>
        <translation>đã hủy tại {where}</translation>
    </message>
    <message>
        <source>the loss became {value}</source>
        <translation>mất mát trở thành {value}</translation>
    </message>
    <message>
        <source>the gradient norm became {value}</source>
        <translation>chuẩn của gradient trở thành {value}</translation>
    </message>
    <message>
        <source>the update made {name} overflow</source>
        <translation>bước cập nhật làm {name} bị tràn số</translation>
    </message>
    <message>
        <source>training failed: {error}</source>
        <translation>huấn luyện thất bại: {error}</translation>
    </message>
    <message>
        <source>stopped at {where}; the weights reached so far stay</source>
        <translation>đã dừng tại {where}; trọng số đạt được đến lúc này được giữ lại</translation>
    </message>
    <message>
        <source>paused at {where} — Resume continues from there</source>
        <translation>tạm dừng tại {where} — Tiếp tục sẽ chạy tiếp từ đó</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>edit initial state</source>
        <translation>sửa trạng thái ban đầu</translation>
    </message>
    <message>
        <source>edit weights</source>
        <translation>sửa trọng số</translation>
    </message>
    <message>
        <source>type input</source>
        <translation>gõ đầu vào</translation>
    </message>
    <message>
        <source>set input</source>
        <translation>đặt đầu vào</translation>
    </message>
    <message>
        <source>remove input step</source>
        <translation>xóa bước đầu vào</translation>
    </message>
    <message>
        <source>set target</source>
        <translation>đặt mục tiêu</translation>
    </message>
    <message>
        <source>reset targets</source>
        <translation>đặt lại các mục tiêu</translation>
    </message>
    <message>
        <source>new model for training</source>
        <translation>mô hình mới để huấn luyện</translation>
    </message>
    <message>
        <source>scrub training history</source>
        <translation>duyệt lịch sử huấn luyện</translation>
    </message>
    <message>
        <source>training</source>
        <translation>huấn luyện</translation>
    </message>
    <message>
        <source>train on {task}</source>
        <translation>huấn luyện với {task}</translation>
    </message>
    <message>
        <source>“{label}” no longer fits the model, so the undo history was cleared</source>
        <translation>“{label}” không còn khớp với mô hình, nên lịch sử hoàn tác đã bị xóa</translation>
    </message>
</context>
<context>
    <name>UnrolledView</name>
    <message>
        <source>predicted</source>
        <extracomment>Up to this many tokens every p_t[k] gets a bar, in vocabulary order; beyond it the bars show the RANKED most probable tokens of each step (the target among them), each labelled with its token. A cell&apos;s ⚠ mark stands this far above its box (and hovering it explains the warning). The softmax tooltip lists this many of the likeliest tokens. The same colours packed as 0xAARRGGBB, so that an image is one lookup (docs/performance.md).</extracomment>
        <translation>dự đoán</translation>
    </message>
    <message>
        <source>{shown} likeliest of {count}</source>
        <translation>{shown} khả năng nhất trong {count}</translation>
    </message>
    <message>
        <source>layer {layer}</source>
        <translation>tầng {layer}</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>ô</translation>
    </message>
    <message>
        <source>xₜ (input)</source>
        <translation>xₜ (đầu vào)</translation>
    </message>
    <message>
        <source>Type an input sequence to unroll the network over it.</source>
        <extracomment>step -&gt; (predicted, target, the tokens with bars, input) as the column was last filled</extracomment>
        <translation>Hãy nhập một chuỗi đầu vào để trải mạng theo chuỗi đó.</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>không có mục tiêu</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>đúng</translation>
    </message>
    <message>
        <source>target {token}</source>
        <translation>mục tiêu {token}</translation>
    </message>
    <message>
        <source>t = {t}: predicted {token} (p = {p}), {verdict}</source>
        <translation>t = {t}: dự đoán {token} (p = {p}), {verdict}</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n bước</numerusform>
        </translation>
    </message>
    <message>
        <source>{right} of {total} targets predicted.</source>
        <translation>dự đoán đúng {right} trên {total} mục tiêu.</translation>
    </message>
    <message>
        <source>Each cell shows h (top) and c (bottom) as colours, one stripe per unit (&lt;span style=&apos;color:{blue}&apos;&gt;blue&lt;/span&gt; −1 … grey 0 … &lt;span style=&apos;color:{yellow}&apos;&gt;yellow&lt;/span&gt; +1); click a column to make it the current step.</source>
        <translation>Mỗi ô hiển thị h (trên) và c (dưới) bằng màu, mỗi đơn vị một sọc (&lt;span style=&apos;color:{blue}&apos;&gt;xanh lam&lt;/span&gt; −1 … xám 0 … &lt;span style=&apos;color:{yellow}&apos;&gt;vàng&lt;/span&gt; +1); nhấp vào một cột để chọn nó làm bước hiện tại.</translation>
    </message>
    <message>
        <source>Each cell shows h as colours, one stripe per unit (&lt;span style=&apos;color:{blue}&apos;&gt;blue&lt;/span&gt; −1 … grey 0 … &lt;span style=&apos;color:{yellow}&apos;&gt;yellow&lt;/span&gt; +1); click a column to make it the current step.</source>
        <translation>Mỗi ô hiển thị h bằng màu, mỗi đơn vị một sọc (&lt;span style=&apos;color:{blue}&apos;&gt;xanh lam&lt;/span&gt; −1 … xám 0 … &lt;span style=&apos;color:{yellow}&apos;&gt;vàng&lt;/span&gt; +1); nhấp vào một cột để chọn nó làm bước hiện tại.</translation>
    </message>
    <message>
        <source>layer {layer} backward, t = {t}</source>
        <translation>tầng {layer} chiều ngược, t = {t}</translation>
    </message>
    <message>
        <source>layer {layer}, t = {t}</source>
        <translation>tầng {layer}, t = {t}</translation>
    </message>
</context>
<context>
    <name>WarningStrip</name>
    <message numerus="yes">
        <source>… and %n more (hover to read them all)</source>
        <translation>
            <numerusform>… và %n cảnh báo nữa (di chuột lên để đọc hết)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>row {row}, column {column}</source>
        <extracomment>The slider&apos;s positions are C ints: its range stops at ±10 million, whatever the weight (a typed 1.07e7 overflowed it, and the edit was lost). Larger weights are typed; the slider then shows its end.</extracomment>
        <translation>hàng {row}, cột {column}</translation>
    </message>
    <message>
        <source>the current input x_t is one-hot: only this column acts at this step</source>
        <translation>đầu vào hiện tại x_t là one-hot: chỉ cột này có tác dụng ở bước này</translation>
    </message>
    <message>
        <source>set {entry}</source>
        <translation>đặt {entry}</translation>
    </message>
    <message>
        <source>Which parameter to show; the last entries stack or concatenate the gate matrices into one, the concatenated form W·[hₜ₋₁, xₜ]</source>
        <translation>Hiển thị tham số nào; các mục cuối xếp chồng hoặc ghép nối các ma trận cổng thành một, dạng ghép nối W·[hₜ₋₁, xₜ]</translation>
    </message>
    <message>
        <source>select an entry</source>
        <translation>chọn một phần tử</translation>
    </message>
    <message>
        <source>Drag to change the selected weight; every view follows live. One drag is one undo step.</source>
        <translation>Kéo để thay đổi trọng số đang chọn; mọi khung nhìn cập nhật ngay. Mỗi lần kéo là một bước hoàn tác.</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Về 0</translation>
    </message>
    <message>
        <source>Set every entry of this table to 0</source>
        <translation>Đặt mọi phần tử của bảng này về 0</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Ma trận đơn vị</translation>
    </message>
    <message>
        <source>Ones on the diagonal of each square matrix, zeros elsewhere</source>
        <translation>Số 1 trên đường chéo của mỗi ma trận vuông, còn lại là 0</translation>
    </message>
    <message>
        <source>Randomise</source>
        <translation>Ngẫu nhiên</translation>
    </message>
    <message>
        <source>Draw every entry from U(−1/√H, 1/√H), like a fresh model</source>
        <translation>Rút mọi phần tử từ U(−1/√H, 1/√H), như một mô hình mới</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Back to the values of the file or preset as opened or last saved</source>
        <translation>Quay về các giá trị của tệp hoặc mô hình có sẵn như lúc mở hay lần lưu gần nhất</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy this table as CSV</source>
        <translation>Sao chép bảng này dưới dạng CSV</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <source>Paste a matrix of the same shape into this table: CSV, Matlab&apos;s [1 2; 3 4] or NumPy&apos;s [[1, 2], [3, 4]]</source>
        <translation>Dán một ma trận cùng kích thước vào bảng này: CSV, [1 2; 3 4] của Matlab hoặc [[1, 2], [3, 4]] của NumPy</translation>
    </message>
    <message>
        <source>copied {rows} × {columns} values as CSV</source>
        <translation>đã sao chép {rows} × {columns} giá trị dưới dạng CSV</translation>
    </message>
    <message>
        <source>paste into {table}</source>
        <translation>dán vào {table}</translation>
    </message>
    <message>
        <source>pasted {rows} × {columns} values into {table}</source>
        <translation>đã dán {rows} × {columns} giá trị vào {table}</translation>
    </message>
    <message>
        <source>reset: this table did not exist in the file as opened</source>
        <translation>đặt lại: bảng này không có trong tệp lúc mở</translation>
    </message>
    <message>
        <source>zero {table}</source>
        <translation>đưa {table} về 0</translation>
    </message>
    <message>
        <source>identity {table}</source>
        <translation>đặt {table} thành ma trận đơn vị</translation>
    </message>
    <message>
        <source>randomise {table}</source>
        <translation>ngẫu nhiên hóa {table}</translation>
    </message>
    <message>
        <source>reset {table}</source>
        <translation>đặt lại {table}</translation>
    </message>
    <message>
        <source>{entry} (0-based), exact value {value}</source>
        <translation>{entry} (đánh số từ 0), giá trị chính xác {value}</translation>
    </message>
    <message>
        <source>drag {entry}</source>
        <translation>kéo {entry}</translation>
    </message>
    <message>
        <source>nudge {entry}</source>
        <translation>nhích {entry}</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>done ✓</source>
        <translation>xong ✓</translation>
    </message>
    <message>
        <source>at step {step}</source>
        <translation>ở bước {step}</translation>
    </message>
    <message>
        <source>Welcome to LSTM Studio</source>
        <translation>Chào mừng đến với LSTM Studio</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>Mở bài học</translation>
    </message>
    <message>
        <source>Lessons (*.json);;All files (*)</source>
        <translation>Bài học (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to LSTM Studio&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Chào mừng đến với LSTM Studio&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Watch recurrent cells work, change any weight and see every gate follow. Where would you like to start?</source>
        <translation>Xem các ô nhớ hồi quy hoạt động, thay đổi bất kỳ trọng số nào và thấy mọi cổng thay đổi theo. Bạn muốn bắt đầu từ đâu?</translation>
    </message>
    <message>
        <source>{lessons} lessons and {challenges} challenges, from one-hot inputs to long-range memory. The app checks what you build.</source>
        <translation>{lessons} bài học và {challenges} thử thách, từ đầu vào one-hot đến trí nhớ dài hạn. Ứng dụng kiểm tra những gì bạn dựng.</translation>
    </message>
    <message>
        <source>Open a lesson file.</source>
        <translation>Mở một tệp bài học.</translation>
    </message>
    <message>
        <source>Take the course</source>
        <translation>Học khóa học</translation>
    </message>
    <message>
        <source>Tour the window (a minute)</source>
        <translation>Tham quan cửa sổ (một phút)</translation>
    </message>
    <message>
        <source>Which panel shows what, one panel at a time.</source>
        <translation>Bảng nào hiển thị gì, lần lượt từng bảng.</translation>
    </message>
    <message>
        <source>Go to the studio</source>
        <translation>Vào studio</translation>
    </message>
    <message>
        <source>Everything at once, no guide. Help ▸ Lessons brings this card back.</source>
        <translation>Mọi thứ cùng lúc, không hướng dẫn. Trợ giúp ▸ Bài học mở lại thẻ này.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The course&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Khóa học&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>số bước</translation>
    </message>
    <message>
        <source>you</source>
        <translation>bạn</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Thử thách</translation>
    </message>
    <message>
        <source>The built-in course is not installed here; open a lesson file instead.</source>
        <translation>Khóa học có sẵn chưa được cài ở đây; hãy mở một tệp bài học.</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Quay lại</translation>
    </message>
    <message>
        <source>Open a lesson file…</source>
        <translation>Mở tệp bài học…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
</context>
<context>
    <name>WorksheetDialog</name>
    <message>
        <source>Forward</source>
        <extracomment>The names of the question types and difficulties, translated where they are shown.</extracomment>
        <translation>Lan truyền xuôi</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>Lan truyền ngược</translation>
    </message>
    <message>
        <source>Conceptual</source>
        <translation>Khái niệm</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Dễ</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Khó</translation>
    </message>
    <message>
        <source>Export cancelled; the folder is as it was before.</source>
        <translation>Đã hủy xuất; thư mục vẫn như trước.</translation>
    </message>
    <message>
        <source>cannot write: {error}</source>
        <translation>không ghi được: {error}</translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation>Phiếu bài tập</translation>
    </message>
    <message>
        <source>untitled model</source>
        <translation>mô hình chưa đặt tên</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>{name} ({cell}, hidden {hidden})</source>
        <translation>{name} ({cell}, {hidden} đơn vị ẩn)</translation>
    </message>
    <message>
        <source>tokens, e.g. PIGS</source>
        <translation>các token, ví dụ PIGS</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Đầu vào</translation>
    </message>
    <message>
        <source>One variant per student: each has its own weights and code</source>
        <translation>Mỗi sinh viên một phiên bản: mỗi phiên bản có trọng số và mã riêng</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Số phiên bản</translation>
    </message>
    <message>
        <source>The same seed gives the same worksheets</source>
        <translation>Cùng một seed cho ra cùng các phiếu bài tập</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Weights are rounded to this many decimals</source>
        <translation>Trọng số được làm tròn đến chừng này chữ số thập phân</translation>
    </message>
    <message>
        <source>Weight decimals</source>
        <translation>Số chữ số thập phân của trọng số</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Độ khó</translation>
    </message>
    <message>
        <source>For marking</source>
        <translation>Để chấm điểm</translation>
    </message>
    <message>
        <source>Students&apos; codes check answers but never show solutions; the answer keys print a key code that does</source>
        <translation>Mã của học viên kiểm tra câu trả lời nhưng không bao giờ hiện lời giải; bản đáp án in một mã khóa có hiện lời giải</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Gợi ý</translation>
    </message>
    <message>
        <source>Marking says which usual mistake a wrong answer looks like</source>
        <translation>Khi chấm, cho biết câu trả lời sai giống lỗi thường gặp nào</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Chấm điểm</translation>
    </message>
    <message>
        <source>optional: a CSV of names (and ids)</source>
        <translation>tùy chọn: tệp CSV chứa tên (và mã số)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Danh sách lớp</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>One PDF for the class</source>
        <translation>Một tệp PDF cho cả lớp</translation>
    </message>
    <message>
        <source>Every sheet in one PDF, each padded to an even page count for double-sided printing</source>
        <translation>Mọi phiếu trong một tệp PDF, mỗi phiếu được thêm trang cho chẵn để in hai mặt</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <source>The language of the sheets and keys: the same variants, numbers and codes in every language</source>
        <translation>Ngôn ngữ của phiếu bài tập và đáp án: cùng các biến thể, con số và mã trong mọi ngôn ngữ</translation>
    </message>
    <message>
        <source>Sheet language</source>
        <translation>Ngôn ngữ phiếu</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>LSTM Studio worksheets</source>
        <translation>Phiếu bài tập LSTM Studio</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Hủy xuất</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Variant </source>
        <translation>Phiên bản </translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Đáp án</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Xem trước trang</translation>
    </message>
    <message>
        <source>Class roster</source>
        <translation>Danh sách lớp</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Folder for the worksheets</source>
        <translation>Thư mục chứa các phiếu bài tập</translation>
    </message>
    <message>
        <source>choose at least one question type</source>
        <translation>hãy chọn ít nhất một loại câu hỏi</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>mã {code}</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>trang {page}/{pages}</translation>
    </message>
    <message>
        <source>choose at least one format</source>
        <translation>hãy chọn ít nhất một định dạng</translation>
    </message>
    <message>
        <source>choose a folder</source>
        <translation>hãy chọn một thư mục</translation>
    </message>
    <message>
        <source>exporting…</source>
        <translation>đang xuất…</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>đang hủy…</translation>
    </message>
    <message>
        <source>Wrote {files} files for {variants} variants to {folder} in {seconds} s.</source>
        <translation>Đã ghi {files} tệp cho {variants} phiên bản vào {folder} trong {seconds} giây.</translation>
    </message>
    <message>
        <source>export failed: {error}</source>
        <translation>xuất thất bại: {error}</translation>
    </message>
</context>
</TS>
