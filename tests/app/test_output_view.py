"""The output view: p_t of the current step and the loss per step, with nothing drawn over the numbers."""

from PySide6.QtCore import Qt


def test_the_current_step_line_never_crosses_the_total_loss(window):
    window.session.set_input("PIGSPIGS")
    window.resizeDocks([window.weights_dock, window.output_dock], [600, 200], Qt.Vertical)
    output = window.output
    for step in range(window.session.steps):
        window.session.set_step(step)
        window.refresh()
        output.graphs.scene().update()
        total = output.loss_total.sceneBoundingRect()
        line = output.loss_line.mapRectToScene(output.loss_line.boundingRect())
        assert total.width() > 0 and line.height() > 0
        assert output.loss_plot.vb.height() < 120  # a short chart: a fixed 80 % line would reach the label
        assert not line.intersects(total), f"at t = {step + 1} the line crosses {output.loss_total.toPlainText()}"
    assert output.loss_total.toPlainText() == f"L = {window.session.result().loss:.4g}"
