"""Vietnamese (Tiếng Việt): the worksheet's sentences by their English text (:mod:`lstm_studio.worksheets.i18n`).

The cell is "ô nhớ" as in the window (Sơ đồ ô nhớ); gates are cổng quên, cổng vào, cổng ra, cổng cập nhật,
cổng đặt lại; symbols and parameter names stay as they are.
"""

LABELS = {
    # the sheet and the key (worksheets.document)
    "Worksheet: the {cell}": "Phiếu bài tập: {cell}",
    "Answer key": "Đáp án",
    "{cell} · hidden size {H} · vocabulary {vocab} · variant {variant} · {difficulty}":
        "{cell} · kích thước ẩn {H} · bộ từ vựng {vocab} · biến thể {variant} · {difficulty}",
    "The cell": "Ô nhớ",
    "The weights (rounded to {d} decimals)": "Các trọng số (làm tròn đến {d} chữ số thập phân)",
    "The input": "Đầu vào",
    "Questions": "Câu hỏi",
    "Recurrent layer": "Tầng hồi quy",
    "Output layer": "Tầng đầu ra",
    "none": "không có",
    " This sheet is marked: your code checks answers but shows no solutions.":
        " Phiếu này được chấm điểm: mã của bạn kiểm tra đáp án nhưng không hiển thị lời giải.",
    "Answers are rounded to {ad} decimals; intermediate results carry {inter}. Marking accepts a numerical "
    "answer within the tolerance shown (a few units in the last decimal, for rounding on the way).":
        "Đáp án được làm tròn đến {ad} chữ số thập phân; kết quả trung gian giữ {inter} chữ số. Một đáp án số "
        "được chấp nhận nếu nằm trong sai số cho phép ghi bên cạnh (vài đơn vị ở chữ số cuối, do làm tròn "
        "trong quá trình tính).",
    " Students type {code}; this key's code, which opens the worked solutions, is {key}.":
        " Sinh viên nhập mã {code}; mã của đáp án này, dùng để mở lời giải chi tiết, là {key}.",
    "Variant code": "Mã biến thể",
    "Name": "Họ tên",
    "Date": "Ngày",
    "Given": "Cho",
    "Answer": "Đáp số",
    "The input sequence ": "Chuỗi đầu vào ",
    " is {tokens}. Each ": " là {tokens}. Mỗi ",
    " is the one-hot vector of its token over the vocabulary ({vocab}), so ":
        " là vectơ one-hot của token tương ứng trên bộ từ vựng ({vocab}), nên ",
    " is the column of ": " là cột của ",
    " labelled with that token. The state starts at ": " ứng với token đó. Trạng thái bắt đầu từ ",
    ".": ".",
    "Loss: ": "Hàm mất mát: ",
    ", the cross-entropy of the next token: the targets ": ", entropy chéo của token kế tiếp: các nhãn đích ",
    " are {targets} (the last step has no target). ": " là {targets} (bước cuối không có nhãn đích). ",
    " is 1 when ": " bằng 1 khi ",
    " and 0 otherwise.": " và bằng 0 trong các trường hợp khác.",
    "Give every numerical answer to {ad} decimal places, and carry at least {inter} decimals in the results on "
    "the way. Entries count from 1: ":
        "Ghi mọi đáp số với {ad} chữ số thập phân, và giữ ít nhất {inter} chữ số thập phân ở các kết quả trung "
        "gian. Chỉ số được đếm từ 1: ",
    " is unit ": " là đơn vị ",
    " of ": " của ",
    ", ": ", ",
    " is row ": " là hàng ",
    ", column ": ", cột ",
    ". Values given in a question are rounded as printed; use them as they are.":
        ". Các giá trị cho trong câu hỏi đã được làm tròn như in; hãy dùng đúng như vậy.",
    "exact": "chính xác",
    "easy": "dễ",
    "medium": "trung bình",
    "hard": "khó",
    # the renderers' own words
    "LSTM Studio · variant code {code} · type the code into LSTM Studio's “Check my answers” to check your "
    "answers.":
        "LSTM Studio · mã biến thể {code} · nhập mã này vào mục “Kiểm tra đáp án” của LSTM Studio để kiểm tra "
        "bài làm của bạn.",
    "Worksheet {code}": "Phiếu bài tập {code}",
    "Answer key {code}": "Đáp án {code}",
    "Worked solution:": "Lời giải:",
    "LSTM Studio \\textperiodcentered{{}} variant code \\texttt{{{code}}} \\hfill page \\thepage":
        "LSTM Studio \\textperiodcentered{{}} mã biến thể \\texttt{{{code}}} \\hfill trang \\thepage",
    "Variant code {code}": "Mã biến thể {code}",
    "Page {n} of {total}": "Trang {n}/{total}",
    "LSTM Studio · Worksheet": "LSTM Studio · Phiếu bài tập",
    "LSTM Studio · Answer key": "LSTM Studio · Đáp án",
    # Moodle and Canvas items (worksheets.lms)
    "Worksheet variant {variant} · code {code}": "Phiếu bài tập biến thể {variant} · mã {code}",
    " · {name}": " · {name}",
    "Right.": "Đúng.",
    "The data of your variant, as on your printed sheet:": "Dữ liệu của biến thể của bạn, như trên phiếu in:",
    "{code} data": "Dữ liệu {code}",
    "The weights and the input are on your printed sheet and in the item “{code} data”.":
        "Các trọng số và đầu vào có trên phiếu in của bạn và trong mục “Dữ liệu {code}”.",
    "Step {t} of the forward pass (input x_{t} = {token}), from the zero state through the steps before; carry "
    "at least {inter} decimals. Give every value to {ad} decimals.":
        "Bước {t} của lượt truyền xuôi (đầu vào x_{t} = {token}), tính từ trạng thái không qua các bước trước "
        "đó; giữ ít nhất {inter} chữ số thập phân. Ghi mọi giá trị với {ad} chữ số thập phân.",
    " (given in another question, not asked here)": " (đã cho trong một câu hỏi khác, không hỏi ở đây)",
    "{code} step {t}": "{code} bước {t}",
    "{code} Q{n}": "{code} Câu {n}",
    # cells and gates
    "Elman RNN (tanh)": "RNN Elman (tanh)",
    "Elman RNN (relu)": "RNN Elman (relu)",
    "Elman RNN": "RNN Elman",
    "LSTM": "LSTM",
    "Peephole LSTM (diagonal peepholes)": "LSTM peephole (peephole đường chéo)",
    "Peephole LSTM (full peepholes)": "LSTM peephole (peephole đầy đủ)",
    "Peephole LSTM": "LSTM peephole",
    "GRU (reset before Uₕ, Cho 2014; z takes the new state)":
        "GRU (đặt lại trước Uₕ, Cho 2014; z nhận trạng thái mới)",
    "GRU (reset before Uₕ, Cho 2014; z keeps the old state)":
        "GRU (đặt lại trước Uₕ, Cho 2014; z giữ trạng thái cũ)",
    "GRU (reset after Uₕ, PyTorch; z takes the new state)":
        "GRU (đặt lại sau Uₕ, PyTorch; z nhận trạng thái mới)",
    "GRU (reset after Uₕ, PyTorch; z keeps the old state)":
        "GRU (đặt lại sau Uₕ, PyTorch; z giữ trạng thái cũ)",
    "GRU (no reset gate, simplified; z takes the new state)":
        "GRU (không có cổng đặt lại, rút gọn; z nhận trạng thái mới)",
    "GRU (no reset gate, simplified; z keeps the old state)":
        "GRU (không có cổng đặt lại, rút gọn; z giữ trạng thái cũ)",
    "GRU": "GRU",
    "Forget gate": "Cổng quên",
    "Input gate": "Cổng vào",
    "Candidate": "Giá trị ứng viên",
    "Output gate": "Cổng ra",
    "Update gate": "Cổng cập nhật",
    "Reset gate": "Cổng đặt lại",
    "Candidate state": "Trạng thái ứng viên",
}

SENTENCES = {
    # forward questions
    "Compute {0}, the hidden state of unit {1} at step {2} (input {3}).":
        "Tính {0}, trạng thái ẩn của đơn vị {1} tại bước {2} (đầu vào {3}).",
    "Compute {0}, the cell state of unit {1} at step {2} (input {3}).":
        "Tính {0}, trạng thái ô nhớ của đơn vị {1} tại bước {2} (đầu vào {3}).",
    "Compute {0}, the forget gate of unit {1} at step {2} (input {3}).":
        "Tính {0}, cổng quên của đơn vị {1} tại bước {2} (đầu vào {3}).",
    "Compute {0}, the input gate of unit {1} at step {2} (input {3}).":
        "Tính {0}, cổng vào của đơn vị {1} tại bước {2} (đầu vào {3}).",
    "Compute {0}, the output gate of unit {1} at step {2} (input {3}).":
        "Tính {0}, cổng ra của đơn vị {1} tại bước {2} (đầu vào {3}).",
    "Compute {0}, the update gate of unit {1} at step {2} (input {3}).":
        "Tính {0}, cổng cập nhật của đơn vị {1} tại bước {2} (đầu vào {3}).",
    "Compute {0}, the reset gate of unit {1} at step {2} (input {3}).":
        "Tính {0}, cổng đặt lại của đơn vị {1} tại bước {2} (đầu vào {3}).",
    "Compute {0}, the candidate of unit {1} at step {2} (input {3}).":
        "Tính {0}, giá trị ứng viên của đơn vị {1} tại bước {2} (đầu vào {3}).",
    "Compute {0}, the candidate state of unit {1} at step {2} (input {3}).":
        "Tính {0}, trạng thái ứng viên của đơn vị {1} tại bước {2} (đầu vào {3}).",
    "Compute the output logit {0} (the entry of token {1}) after step {2} (input {3}).":
        "Tính logit đầu ra {0} (phần tử ứng với token {1}) sau bước {2} (đầu vào {3}).",
    "Compute {0}, the softmax probability of token {1} after step {2} (input {3}).":
        "Tính {0}, xác suất softmax của token {1} sau bước {2} (đầu vào {3}).",
    "Which token does the model predict after step {0} (input {1}) (the token with the largest probability)?":
        "Sau bước {0} (đầu vào {1}), mô hình dự đoán token nào (token có xác suất lớn nhất)?",
    "Start from the zero state {0}.": "Bắt đầu từ trạng thái không {0}.",
    "Start from the zero state.": "Bắt đầu từ trạng thái không.",
    "Start from the state given below.": "Bắt đầu từ trạng thái cho dưới đây.",
    "Run the cell from {0} through step {1}, carrying at least {2} decimals.":
        "Chạy ô nhớ từ {0} qua bước {1}, giữ ít nhất {2} chữ số thập phân.",
    "Run the cell from {0} through steps {1} to {2}, carrying at least {3} decimals.":
        "Chạy ô nhớ từ {0} qua các bước {1} đến {2}, giữ ít nhất {3} chữ số thập phân.",
    "Use the hidden state {0} given below.": "Dùng trạng thái ẩn {0} cho dưới đây.",
    "Use the probabilities given below.": "Dùng các xác suất cho dưới đây.",
    "Use the values given below.": "Dùng các giá trị cho dưới đây.",
    # worked solutions of the forward pass
    "Hidden state, unit {0}": "Trạng thái ẩn, đơn vị {0}",
    "Cell state, unit {0}": "Trạng thái ô nhớ, đơn vị {0}",
    "Forget gate, unit {0}": "Cổng quên, đơn vị {0}",
    "Input gate, unit {0}": "Cổng vào, đơn vị {0}",
    "Output gate, unit {0}": "Cổng ra, đơn vị {0}",
    "Update gate, unit {0}": "Cổng cập nhật, đơn vị {0}",
    "Reset gate, unit {0}": "Cổng đặt lại, đơn vị {0}",
    "Candidate, unit {0}": "Giá trị ứng viên, đơn vị {0}",
    "Candidate state, unit {0}": "Trạng thái ứng viên, đơn vị {0}",
    "The term the reset gate scales, {0}, unit {1}": "Số hạng mà cổng đặt lại nhân vào, {0}, đơn vị {1}",
    "Hidden state, unit {0}; the recurrent terms vanish because {1}":
        "Trạng thái ẩn, đơn vị {0}; các số hạng hồi quy bằng 0 vì {1}",
    "Forget gate, unit {0}; the recurrent terms vanish because {1}":
        "Cổng quên, đơn vị {0}; các số hạng hồi quy bằng 0 vì {1}",
    "Input gate, unit {0}; the recurrent terms vanish because {1}":
        "Cổng vào, đơn vị {0}; các số hạng hồi quy bằng 0 vì {1}",
    "Output gate, unit {0}; the recurrent terms vanish because {1}":
        "Cổng ra, đơn vị {0}; các số hạng hồi quy bằng 0 vì {1}",
    "Update gate, unit {0}; the recurrent terms vanish because {1}":
        "Cổng cập nhật, đơn vị {0}; các số hạng hồi quy bằng 0 vì {1}",
    "Reset gate, unit {0}; the recurrent terms vanish because {1}":
        "Cổng đặt lại, đơn vị {0}; các số hạng hồi quy bằng 0 vì {1}",
    "Candidate, unit {0}; the recurrent terms vanish because {1}":
        "Giá trị ứng viên, đơn vị {0}; các số hạng hồi quy bằng 0 vì {1}",
    "Candidate state, unit {0}; the recurrent terms vanish because {1}":
        "Trạng thái ứng viên, đơn vị {0}; các số hạng hồi quy bằng 0 vì {1}",
    "Step {0}: Hidden state, unit {1}": "Bước {0}: trạng thái ẩn, đơn vị {1}",
    "Step {0}: Cell state, unit {1}": "Bước {0}: trạng thái ô nhớ, đơn vị {1}",
    "Step {0}: Forget gate, unit {1}": "Bước {0}: cổng quên, đơn vị {1}",
    "Step {0}: Input gate, unit {1}": "Bước {0}: cổng vào, đơn vị {1}",
    "Step {0}: Output gate, unit {1}": "Bước {0}: cổng ra, đơn vị {1}",
    "Step {0}: Update gate, unit {1}": "Bước {0}: cổng cập nhật, đơn vị {1}",
    "Step {0}: Reset gate, unit {1}": "Bước {0}: cổng đặt lại, đơn vị {1}",
    "Step {0}: Candidate, unit {1}": "Bước {0}: giá trị ứng viên, đơn vị {1}",
    "Step {0}: Candidate state, unit {1}": "Bước {0}: trạng thái ứng viên, đơn vị {1}",
    "Step {0}: The term the reset gate scales, {1}, unit {2}":
        "Bước {0}: số hạng mà cổng đặt lại nhân vào, {1}, đơn vị {2}",
    "Step {0}: Hidden state, unit {1}; the recurrent terms vanish because {2}":
        "Bước {0}: trạng thái ẩn, đơn vị {1}; các số hạng hồi quy bằng 0 vì {2}",
    "Step {0}: Forget gate, unit {1}; the recurrent terms vanish because {2}":
        "Bước {0}: cổng quên, đơn vị {1}; các số hạng hồi quy bằng 0 vì {2}",
    "Step {0}: Input gate, unit {1}; the recurrent terms vanish because {2}":
        "Bước {0}: cổng vào, đơn vị {1}; các số hạng hồi quy bằng 0 vì {2}",
    "Step {0}: Output gate, unit {1}; the recurrent terms vanish because {2}":
        "Bước {0}: cổng ra, đơn vị {1}; các số hạng hồi quy bằng 0 vì {2}",
    "Step {0}: Update gate, unit {1}; the recurrent terms vanish because {2}":
        "Bước {0}: cổng cập nhật, đơn vị {1}; các số hạng hồi quy bằng 0 vì {2}",
    "Step {0}: Reset gate, unit {1}; the recurrent terms vanish because {2}":
        "Bước {0}: cổng đặt lại, đơn vị {1}; các số hạng hồi quy bằng 0 vì {2}",
    "Step {0}: Candidate, unit {1}; the recurrent terms vanish because {2}":
        "Bước {0}: giá trị ứng viên, đơn vị {1}; các số hạng hồi quy bằng 0 vì {2}",
    "Step {0}: Candidate state, unit {1}; the recurrent terms vanish because {2}":
        "Bước {0}: trạng thái ứng viên, đơn vị {1}; các số hạng hồi quy bằng 0 vì {2}",
    "Output logit of {0}": "Logit đầu ra của {0}",
    "The exponentials of the logits": "Lũy thừa e của các logit",
    "Their sum": "Tổng của chúng",
    "Softmax probability of {0}": "Xác suất softmax của {0}",
    "Probabilities: each exponential divided by the sum": "Các xác suất: mỗi lũy thừa chia cho tổng",
    "The largest probability": "Xác suất lớn nhất",
    # backward questions
    "Compute {0}, the gradient of the loss with respect to the output logit of token {1} at step {2} (input {3}).":
        "Tính {0}, gradient của hàm mất mát theo logit đầu ra của token {1} tại bước {2} (đầu vào {3}).",
    "Compute {0} at step {1} (input {2}), the last step with a target.":
        "Tính {0} tại bước {1} (đầu vào {2}), bước cuối cùng có nhãn đích.",
    "Compute {0}, the gradient of the loss with respect to the output bias of token {1}.":
        "Tính {0}, gradient của hàm mất mát theo bias đầu ra của token {1}.",
    "Compute the derivative {0} of the cell state with respect to the previous cell state, holding {1} and the "
    "input fixed, for unit {2} at step {3} (input {4}).":
        "Tính đạo hàm {0} của trạng thái ô nhớ theo trạng thái ô nhớ trước đó, giữ cố định {1} và đầu vào, cho "
        "đơn vị {2} tại bước {3} (đầu vào {4}).",
    "Compute the derivative {0} of the hidden state with respect to the previous hidden state (the diagonal entry "
    "of the step's Jacobian), for unit {1} at step {2} (input {3}).":
        "Tính đạo hàm {0} của trạng thái ẩn theo trạng thái ẩn trước đó (phần tử đường chéo của ma trận "
        "Jacobi của bước), cho đơn vị {1} tại bước {2} (đầu vào {3}).",
    "Compute the local derivative {0} of step {1} (input {2}), with {3} held fixed.":
        "Tính đạo hàm cục bộ {0} của bước {1} (đầu vào {2}), giữ cố định {3}.",
    "Compute the local derivative {0} of step {1} (input {2}), with {3} as given below held fixed.":
        "Tính đạo hàm cục bộ {0} của bước {1} (đầu vào {2}), giữ cố định {3} như cho dưới đây.",
    "Compute the local derivative {0} of step {1} (input {2}), with {3} and {4} as given below held fixed.":
        "Tính đạo hàm cục bộ {0} của bước {1} (đầu vào {2}), giữ cố định {3} và {4} như cho dưới đây.",
    "The loss is {0}, the targets {1} are the next input tokens.":
        "Hàm mất mát là {0}, các nhãn đích {1} là các token đầu vào kế tiếp.",
    "Softmax with cross-entropy: the gradient is the probability minus the one-hot target ({0}, token {1})":
        "Softmax với entropy chéo: gradient bằng xác suất trừ nhãn đích one-hot ({0}, token {1})",
    "Back through the output layer {0}; no later step has a target, so nothing arrives from step {1}":
        "Lan truyền ngược qua tầng đầu ra {0}; không bước nào sau có nhãn đích, nên không có gì đến từ bước {1}",
    "Through {0}; no later step has a target, so {1}":
        "Qua {0}; không bước nào sau có nhãn đích, nên {1}",
    "Through {0}; no later step has a target, so {1}; the peephole {2} adds the path through the output gate":
        "Qua {0}; không bước nào sau có nhãn đích, nên {1}; peephole {2} thêm đường đi qua cổng ra",
    "The bias is shared by every step: add the gradients {0} of the steps with a target":
        "Bias được dùng chung cho mọi bước: cộng các gradient {0} của những bước có nhãn đích",
    "The cell state's own path, the constant error carousel.":
        "Đường đi riêng của trạng thái ô nhớ, băng chuyền lỗi hằng (constant error carousel).",
    "One factor of the product that carries gradients back through time.":
        "Một thừa số của tích truyền gradient ngược theo thời gian.",
    "The chain rule through the step's gates.": "Quy tắc dây chuyền qua các cổng của bước.",
    "The chain rule through the step's pre-activation {0}.": "Quy tắc dây chuyền qua tiền kích hoạt {0} của bước.",
    "Along the cell state alone (the constant error carousel), {0}.":
        "Chỉ dọc theo trạng thái ô nhớ (băng chuyền lỗi hằng), {0}.",
    "Derived with sympy; in the formula {0} is entry {1} of {2} and {3} is {4}; the unit is {5}, the column {6}":
        "Suy ra bằng sympy; trong công thức {0} là phần tử {1} của {2} và {3} là {4}; đơn vị là {5}, cột là {6}",
    # conceptual questions
    "How many trainable parameters ({0}) does this Elman RNN cell have, with {1} hidden units and {2} input "
    "tokens?":
        "Ô nhớ RNN Elman này có bao nhiêu tham số huấn luyện được ({0}), với {1} đơn vị ẩn và {2} token đầu vào?",
    "How many trainable parameters ({0}) does this LSTM cell have, with {1} hidden units and {2} input tokens?":
        "Ô nhớ LSTM này có bao nhiêu tham số huấn luyện được ({0}), với {1} đơn vị ẩn và {2} token đầu vào?",
    "How many trainable parameters ({0}) does this peephole LSTM cell have, with {1} hidden units and {2} input "
    "tokens?":
        "Ô nhớ LSTM peephole này có bao nhiêu tham số huấn luyện được ({0}), với {1} đơn vị ẩn và {2} token "
        "đầu vào?",
    "How many trainable parameters ({0}) does this GRU cell have, with {1} hidden units and {2} input tokens?":
        "Ô nhớ GRU này có bao nhiêu tham số huấn luyện được ({0}), với {1} đơn vị ẩn và {2} token đầu vào?",
    "How many trainable parameters ({0}) would this Elman RNN cell have with {1} hidden units instead of {2}, "
    "over the same {3}-token vocabulary?":
        "Ô nhớ RNN Elman này sẽ có bao nhiêu tham số huấn luyện được ({0}) nếu có {1} đơn vị ẩn thay vì {2}, "
        "trên cùng bộ từ vựng {3} token?",
    "How many trainable parameters ({0}) would this LSTM cell have with {1} hidden units instead of {2}, over the "
    "same {3}-token vocabulary?":
        "Ô nhớ LSTM này sẽ có bao nhiêu tham số huấn luyện được ({0}) nếu có {1} đơn vị ẩn thay vì {2}, trên "
        "cùng bộ từ vựng {3} token?",
    "How many trainable parameters ({0}) would this peephole LSTM cell have with {1} hidden units instead of {2}, "
    "over the same {3}-token vocabulary?":
        "Ô nhớ LSTM peephole này sẽ có bao nhiêu tham số huấn luyện được ({0}) nếu có {1} đơn vị ẩn thay vì "
        "{2}, trên cùng bộ từ vựng {3} token?",
    "How many trainable parameters ({0}) would this GRU cell have with {1} hidden units instead of {2}, over the "
    "same {3}-token vocabulary?":
        "Ô nhớ GRU này sẽ có bao nhiêu tham số huấn luyện được ({0}) nếu có {1} đơn vị ẩn thay vì {2}, trên "
        "cùng bộ từ vựng {3} token?",
    "How many trainable parameters does the whole model have: the Elman RNN cell ({0}) and the output layer ({1})?":
        "Toàn bộ mô hình có bao nhiêu tham số huấn luyện được: ô nhớ RNN Elman ({0}) và tầng đầu ra ({1})?",
    "How many trainable parameters does the whole model have: the LSTM cell ({0}) and the output layer ({1})?":
        "Toàn bộ mô hình có bao nhiêu tham số huấn luyện được: ô nhớ LSTM ({0}) và tầng đầu ra ({1})?",
    "How many trainable parameters does the whole model have: the peephole LSTM cell ({0}) and the output layer "
    "({1})?":
        "Toàn bộ mô hình có bao nhiêu tham số huấn luyện được: ô nhớ LSTM peephole ({0}) và tầng đầu ra ({1})?",
    "How many trainable parameters does the whole model have: the GRU cell ({0}) and the output layer ({1})?":
        "Toàn bộ mô hình có bao nhiêu tham số huấn luyện được: ô nhớ GRU ({0}) và tầng đầu ra ({1})?",
    "Count the entries of every matrix and bias of the cell": "Đếm số phần tử của mọi ma trận và bias của ô nhớ",
    "The cell: every matrix and bias": "Ô nhớ: mọi ma trận và bias",
    "The output layer {0}": "Tầng đầu ra {0}",
    "Together": "Tổng cộng",
    "What does the forget gate {0} do in this cell?": "Cổng quên {0} làm gì trong ô nhớ này?",
    "What does the input gate {0} do in this cell?": "Cổng vào {0} làm gì trong ô nhớ này?",
    "What does the output gate {0} do in this cell?": "Cổng ra {0} làm gì trong ô nhớ này?",
    "What does the update gate {0} do in this cell?": "Cổng cập nhật {0} làm gì trong ô nhớ này?",
    "What does the reset gate {0} do in this cell?": "Cổng đặt lại {0} làm gì trong ô nhớ này?",
    "What does the candidate {0} do in this cell?": "Giá trị ứng viên {0} làm gì trong ô nhớ này?",
    "What does the matrix {0} do in this cell?": "Ma trận {0} làm gì trong ô nhớ này?",
    "What does the bias {0} do in this cell?": "Bias {0} làm gì trong ô nhớ này?",
    "Choose one.": "Chọn một đáp án.",
    "carries the previous hidden state into the new one": "đưa trạng thái ẩn trước đó vào trạng thái mới",
    "decides how much of the candidate {0} replaces the old state":
        "quyết định bao nhiêu phần của giá trị ứng viên {0} thay thế trạng thái cũ",
    "decides how much of the old state {0} is kept": "quyết định giữ lại bao nhiêu phần của trạng thái cũ {0}",
    "decides how much of {0} the candidate gets to see": "quyết định giá trị ứng viên được thấy bao nhiêu phần của {0}",
    "maps the hidden state to the output logits": "ánh xạ trạng thái ẩn thành các logit đầu ra",
    "proposes new content for the cell state, with values in (−{0}, {1})":
        "đề xuất nội dung mới cho trạng thái ô nhớ, với giá trị trong (−{0}; {1})",
    "proposes new content for the hidden state, with values in (−{0}, {1})":
        "đề xuất nội dung mới cho trạng thái ẩn, với giá trị trong (−{0}; {1})",
    "reads the current input token into the new state": "đọc token đầu vào hiện tại vào trạng thái mới",
    "scales how much of the candidate {0} is written into the cell state":
        "điều chỉnh bao nhiêu phần của giá trị ứng viên {0} được ghi vào trạng thái ô nhớ",
    "scales how much of the previous cell state {0} is kept":
        "điều chỉnh bao nhiêu phần của trạng thái ô nhớ trước đó {0} được giữ lại",
    "scales how much of {0} is exposed as the hidden state {1}":
        "điều chỉnh bao nhiêu phần của {0} được đưa ra làm trạng thái ẩn {1}",
    "shifts the pre-activation of every hidden unit": "dịch chuyển tiền kích hoạt của mọi đơn vị ẩn",
    "turns the output logits into probabilities of the next token":
        "biến các logit đầu ra thành xác suất của token kế tiếp",
    "The answer is (A).": "Đáp án là (A).",
    "The answer is (B).": "Đáp án là (B).",
    "The answer is (C).": "Đáp án là (C).",
    "The answer is (D).": "Đáp án là (D).",
    "The forget gate {0} scales how much of the previous cell state {1} is kept.":
        "Cổng quên {0} điều chỉnh bao nhiêu phần của trạng thái ô nhớ trước đó {1} được giữ lại.",
    "The input gate {0} scales how much of the candidate {1} is written into the cell state.":
        "Cổng vào {0} điều chỉnh bao nhiêu phần của giá trị ứng viên {1} được ghi vào trạng thái ô nhớ.",
    "The output gate {0} scales how much of {1} is exposed as the hidden state {2}.":
        "Cổng ra {0} điều chỉnh bao nhiêu phần của {1} được đưa ra làm trạng thái ẩn {2}.",
    "The update gate {0} decides how much of the candidate {1} replaces the old state.":
        "Cổng cập nhật {0} quyết định bao nhiêu phần của giá trị ứng viên {1} thay thế trạng thái cũ.",
    "The update gate {0} decides how much of the old state {1} is kept.":
        "Cổng cập nhật {0} quyết định giữ lại bao nhiêu phần của trạng thái cũ {1}.",
    "The reset gate {0} decides how much of {1} the candidate gets to see.":
        "Cổng đặt lại {0} quyết định giá trị ứng viên được thấy bao nhiêu phần của {1}.",
    "The candidate {0} proposes new content for the cell state, with values in (−{1}, {2}).":
        "Giá trị ứng viên {0} đề xuất nội dung mới cho trạng thái ô nhớ, với giá trị trong (−{1}; {2}).",
    "The candidate {0} proposes new content for the hidden state, with values in (−{1}, {2}).":
        "Giá trị ứng viên {0} đề xuất nội dung mới cho trạng thái ẩn, với giá trị trong (−{1}; {2}).",
    "The matrix {0} carries the previous hidden state into the new one.":
        "Ma trận {0} đưa trạng thái ẩn trước đó vào trạng thái mới.",
    "The matrix {0} reads the current input token into the new state.":
        "Ma trận {0} đọc token đầu vào hiện tại vào trạng thái mới.",
    "The bias {0} shifts the pre-activation of every hidden unit.":
        "Bias {0} dịch chuyển tiền kích hoạt của mọi đơn vị ẩn.",
    "Textbooks disagree on which term the update gate weighs.":
        "Các giáo trình không thống nhất cổng cập nhật gán trọng số cho số hạng nào.",
    "This worksheet's GRU uses {0}.": "GRU của phiếu này dùng {0}.",
    "In the other convention (Cho et al. {0} and PyTorch, where z keeps the old state), compute {1} for one unit "
    "with {2}.":
        "Theo quy ước còn lại (Cho et al. {0} và PyTorch, trong đó z giữ trạng thái cũ), hãy tính {1} cho một "
        "đơn vị với {2}.",
    "In the other convention (colah's blog and deeplearning.ai, where z takes the new state), compute {0} for one "
    "unit with {1}.":
        "Theo quy ước còn lại (blog của colah và deeplearning.ai, trong đó z nhận trạng thái mới), hãy tính {0} "
        "cho một đơn vị với {1}.",
    "The other convention swaps the roles of {0} and {1}": "Quy ước còn lại hoán đổi vai trò của {0} và {1}",
    "If the forget gate is {0} at every step, by what factor is the gradient scaled after {1} steps, {2}?":
        "Nếu cổng quên bằng {0} ở mọi bước, gradient được nhân với hệ số bao nhiêu sau {1} bước, {2}?",
    "Multiply the factor of every step": "Nhân các hệ số của mọi bước",
    "A one-unit tanh RNN has {0} and its state stays near {1}.":
        "Một RNN tanh một đơn vị có {0} và trạng thái của nó luôn ở gần {1}.",
    "Each step multiplies the gradient by {0}.": "Mỗi bước nhân gradient với {0}.",
    "By what factor is a gradient scaled over {0} steps?": "Sau {0} bước, gradient được nhân với hệ số bao nhiêu?",
    "One step": "Một bước",
    "{0} steps: the product vanishes when the factor is below {1} and explodes above it":
        "{0} bước: tích tiêu biến khi hệ số nhỏ hơn {1} và bùng nổ khi lớn hơn",
}

MARKING = {
    # what marking says in Check my answers (worksheets.check.TEXT, worksheets.mistakes.MESSAGES)
    "no answer yet": "chưa có câu trả lời",
    "right": "đúng",
    "not right": "chưa đúng",
    "answer with one letter, A to {last}": "hãy trả lời bằng một chữ cái, từ A đến {last}",
    "not this one": "không phải đáp án này",
    "{typed!r} is not a token of the vocabulary ({vocab})": "{typed!r} không phải là token của bộ từ vựng ({vocab})",
    "not this token": "không phải token này",
    "not a number": "không phải là số",
    "not the right count": "số lượng chưa đúng",
    "not within ±{tol}": "không nằm trong ±{tol}",
    "right to {typed} decimals, but give {wanted} decimals":
        "đúng đến {typed} chữ số thập phân, nhưng hãy ghi {wanted} chữ số thập phân",
    "not right: it looks like {what}": "chưa đúng: có vẻ như {what}",
    "σ was left out: the pre-activation was used as the gate value":
        "đã bỏ sót σ: dùng tiền kích hoạt làm giá trị của cổng",
    "tanh was used where the gate takes σ": "đã dùng tanh ở chỗ cổng cần σ",
    "σ was used where the candidate takes tanh": "đã dùng σ ở chỗ giá trị ứng viên cần tanh",
    "the activation was left out: the pre-activation was used as h_t":
        "đã bỏ sót hàm kích hoạt: dùng tiền kích hoạt làm h_t",
    "tanh was left out: h_t = o_t ⊙ tanh(c_t), not o_t ⊙ c_t":
        "đã bỏ sót tanh: h_t = o_t ⊙ tanh(c_t), không phải o_t ⊙ c_t",
    "f and i are swapped (c_t = f_t c_(t-1) + i_t C̃_t)": "f và i bị đổi chỗ (c_t = f_t c_(t-1) + i_t C̃_t)",
    "PyTorch's gate order (i, f, g, o; r, z, n) was read as the slides' (f, i, C̃, o; z, r, h̃)":
        "thứ tự cổng của PyTorch (i, f, g, o; r, z, n) bị đọc như thứ tự trong bài giảng (f, i, C̃, o; z, r, h̃)",
    "z and 1 − z are exchanged (that is the other GRU convention)": "z và 1 − z bị đổi chỗ (đó là quy ước GRU còn lại)",
    "h_t and h_(t-1) are mixed up: the state of the wrong step was used":
        "h_t và h_(t-1) bị nhầm: đã dùng trạng thái của bước khác",
    "the recurrent term was left out (as if h_(t-1) were 0)": "đã bỏ sót số hạng hồi quy (như thể h_(t-1) bằng 0)",
    "the bias was left out": "đã bỏ sót độ lệch",
    "σ(y) was used instead of the softmax over every logit": "đã dùng σ(y) thay cho softmax trên mọi logit",
    "the softmax overflowed: subtract the largest logit before taking exponentials":
        "softmax bị tràn số: hãy trừ logit lớn nhất trước khi lấy hàm mũ",
    "that is the current input token; the model predicts the next one":
        "đó là token đầu vào hiện tại; mô hình dự đoán token tiếp theo",
    "the one-hot target was not subtracted: ∂L/∂y = p − onehot(k_t)":
        "chưa trừ mục tiêu one-hot: ∂L/∂y = p − onehot(k_t)",
    "a row of W_hy was used; ∂L/∂h_t[k] takes column k": "đã dùng một hàng của W_hy; ∂L/∂h_t[k] lấy cột k",
    "the factor 1 − tanh²(c_t) was left out": "đã bỏ sót thừa số 1 − tanh²(c_t)",
    "only one step was counted; b_y is shared by every step with a target":
        "chỉ tính một bước; b_y được dùng chung cho mọi bước có mục tiêu",
    "∂c_t/∂c_(t-1) is f_t, not 1": "∂c_t/∂c_(t-1) là f_t, không phải 1",
    "f·n was computed instead of fⁿ": "đã tính f·n thay cho fⁿ",
    "the factor (1 − h²) of tanh's derivative was left out": "đã bỏ sót thừa số (1 − h²) của đạo hàm tanh",
    "that is this worksheet's own convention; the question asks for the other one":
        "đó là quy ước của chính phiếu bài tập này; câu hỏi hỏi quy ước còn lại",
    "the biases were not counted": "chưa tính các độ lệch",
    "only one gate was counted; every gate has its own W, U and b": "chỉ tính một cổng; mỗi cổng có W, U và b riêng",
    "the output layer W_hy, b_y was not counted": "chưa tính tầng đầu ra W_hy, b_y",
    "that is the count at the current hidden size": "đó là số lượng ở kích thước ẩn hiện tại",
    "the sign is flipped": "dấu bị đảo ngược",
}

CATALOGUE = {**LABELS, **SENTENCES, **MARKING}
