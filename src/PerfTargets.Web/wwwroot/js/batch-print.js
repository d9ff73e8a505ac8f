// 批量打印 on the desk: how many forms the batch holds for the scope chosen (已批复, 已提交) and the
// departments ticked in the rows (none ticked: every department), said beside the button and, through
// the status's data-declarations, by pdf.js while the PDF is made.
(() => {
    'use strict';

    const form = document.getElementById('batch-print');
    if (!form) {
        return;
    }
    const status = form.querySelector('.pdf-status');
    const said = document.getElementById('batch-count');
    // The ticks stand in the table's rows, outside the form (form="batch-print"): their changes do not bubble to it.
    const picks = [...document.querySelectorAll('input[name=departments][form=batch-print]')];
    const update = () => {
        const scope = form.querySelector('input[name=state]:checked');
        const ticked = picks.filter((pick) => pick.checked);
        const count = ticked.length
            ? ticked.reduce((sum, pick) => sum + Number(pick.dataset[scope.value] || 0), 0)
            : Number(scope.dataset.count);
        status.dataset.declarations = String(count);
        said.textContent = ticked.length ? `所选 ${ticked.length} 个单位，共 ${count} 份` : `全部单位，共 ${count} 份`;
    };
    form.addEventListener('change', update);
    picks.forEach((pick) => pick.addEventListener('change', update));
    update();
})();
