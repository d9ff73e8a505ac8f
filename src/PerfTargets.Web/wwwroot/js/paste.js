// 从Excel粘贴: a block of cells copied from Excel, WPS or LibreOffice and pasted into the indicator
// grid or the budget lines fills rows and columns from the focused cell, adding rows as needed.
// The block is read on the server as the import reads a file (PasteModel); this script only puts
// the answer in place, marks the cells it could not read, and keeps what the grid held before so
// that 撤销粘贴 restores it. A single cell pastes as usual.
(() => {
    'use strict';
    const form = document.getElementById('declaration-form');
    const editor = window.perfTargetsEditor;
    if (!form || !editor || !form.dataset.pasteUrl) {
        return;
    }

    const isBlock = (text) => /[\t\n\r]/.test((text || '').replace(/[\r\n]+$/, ''));
    const fieldName = (element) => (element?.name || '').replace(/^.*\]\./, '');
    const fieldIn = (row, name) => row.querySelector(`[name$="].${CSS.escape(name)}"]`);
    let undo = null;

    const statusOf = (grid) => form.querySelector(`.js-paste-status[data-for="${grid}"]`);

    const say = (grid, lines, withUndo) => {
        const status = statusOf(grid);
        status.replaceChildren();
        const list = document.createElement('ul');
        list.className = 'mb-1 ps-3';
        lines.forEach((line) => {
            const item = document.createElement('li');
            item.textContent = line;
            list.append(item);
        });
        status.append(list);
        if (withUndo) {
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'btn btn-sm btn-outline-secondary js-paste-undo';
            button.textContent = '撤销粘贴';
            status.append(button);
        }
    };

    // Every change is recorded before it is made, so that 撤销粘贴 puts each field back as it was.
    const record = (element) => {
        undo.fields.push({
            element,
            value: element.value,
            checked: element.checked,
            options: element.tagName === 'SELECT' ? element.innerHTML : null,
            invalid: element.classList.contains('is-invalid'),
            title: element.title,
        });
    };

    const put = (element, name, value) => {
        record(element);
        if (name === 'Level1') {
            const level2 = element.closest('tr').querySelector('.js-level2');
            record(level2);
            editor.setLevel(element, value);
        } else if (name === 'Level2') {
            editor.setLevel(element, value);
        } else if (element.type === 'checkbox') {
            element.checked = value === 'true';
        } else {
            element.value = value;
            if (element.classList.contains('autogrow')) {
                window.perfTargetsForms.grow(element);
            }
        }
    };

    const mark = (element, problem) => {
        record(element);
        if (element.tagName !== 'SELECT') {
            element.value = problem.text; // what was pasted stays in view, to be put right
        }
        element.classList.add('is-invalid');
        element.title = problem.message;
    };

    const apply = (grid, table, start, answer) => {
        const rows = [...table.querySelectorAll('.editor-row')];
        const filled = [];
        answer.rows.forEach((values, i) => {
            let row = rows[start + i];
            if (!row) {
                row = editor.addRow(grid);
                undo.added.push(row);
            }
            Object.entries(values).forEach(([name, value]) => {
                const element = fieldIn(row, name);
                if (element) {
                    put(element, name, value);
                }
            });
            filled.push(row);
        });
        const problems = answer.problems.map((problem) => {
            const row = filled[problem.row];
            const element = row && fieldIn(row, problem.field);
            if (element) {
                mark(element, problem);
            }
            const label = element?.getAttribute('aria-label') || '';
            return `${label}：${problem.message}`;
        });
        editor.changed();
        const head = answer.rows.length > 0
            ? `已粘贴 ${answer.rows.length} 行${undo.added.length > 0 ? `（新增 ${undo.added.length} 行）` : ''}。${problems.length > 0 ? `有 ${problems.length} 处无法识别，已用红框标出，请改正：` : '请检查后保存。'}`
            : '没有粘贴任何内容。';
        say(grid, [head, ...problems, ...answer.notes], answer.rows.length > 0);
        filled[0]?.querySelector('[name]:not([type=hidden])')?.focus();
    };

    const restore = () => {
        if (!undo) {
            return;
        }
        undo.fields.reverse().forEach((saved) => {
            const element = saved.element;
            if (saved.options !== null) {
                element.innerHTML = saved.options;
            }
            element.value = saved.value;
            element.checked = saved.checked;
            element.classList.toggle('is-invalid', saved.invalid);
            element.title = saved.title;
            if (element.classList.contains('autogrow')) {
                window.perfTargetsForms.grow(element);
            }
        });
        undo.added.forEach((row) => {
            const next = row.nextElementSibling;
            if (next?.classList.contains('row-messages')) {
                next.remove();
            }
            row.remove();
        });
        const grid = undo.grid;
        undo = null;
        editor.changed();
        say(grid, ['已撤销粘贴，表格已恢复为粘贴前的内容。'], false);
    };

    form.addEventListener('click', (event) => {
        if (event.target.closest('.js-paste-undo')) {
            restore();
        }
    });

    form.addEventListener('paste', async (event) => {
        const text = event.clipboardData?.getData('text/plain');
        const add = event.target.closest?.('.js-add');
        const table = add ? form.querySelector(`[data-rows="${add.dataset.target}"]`) : event.target.closest?.('[data-rows]');
        const grid = table?.dataset.rows;
        if (!statusOf(grid) || !isBlock(text)) {
            return;
        }
        event.preventDefault();
        const rows = [...table.querySelectorAll('.editor-row')];
        const row = add ? null : event.target.closest('.editor-row');
        const start = row ? rows.indexOf(row) : rows.length;
        const above = rows[start - 1];
        const body = new FormData();
        body.append('__RequestVerificationToken', form.querySelector('input[name="__RequestVerificationToken"]').value);
        body.append('Grid', grid);
        body.append('Text', text);
        body.append('Field', row ? fieldName(event.target) : '');
        body.append('FrameworkId', form.querySelector('.js-framework')?.value || '');
        body.append('MoneyUnit', form.querySelector('.js-money-unit')?.value || '');
        body.append('AnnualOnly', form.querySelector('.js-annual-only')?.checked ? 'true' : 'false');
        body.append('Level1Above', above?.querySelector('.js-level1')?.value || '');
        body.append('Level2Above', above?.querySelector('.js-level2')?.value || '');
        say(grid, ['正在读取粘贴的内容…'], false);
        let answer;
        try {
            const response = await fetch(form.dataset.pasteUrl, { method: 'POST', body, redirect: 'manual', credentials: 'same-origin' });
            if (!response.ok && response.status !== 409) {
                throw new Error(`HTTP ${response.status}`);
            }
            answer = await response.json();
        } catch {
            say(grid, ['粘贴的内容暂时无法读取（网络或服务器问题），表格没有改动。'], false);
            return;
        }
        undo = { grid, fields: [], added: [] };
        apply(grid, table, start, answer);
    });
})();
