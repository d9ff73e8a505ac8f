// 申报表编辑器: rows added, moved and removed in place; 二级 choices follow the 一级 and the
// framework; live totals of the money rules as the user types; a warning before leaving with
// unsaved changes. The server remains the authority: it re-checks everything on save.
(() => {
    'use strict';
    const form = document.getElementById('declaration-form');
    if (!form) {
        return;
    }

    const frameworks = JSON.parse(document.getElementById('frameworks-data').textContent);
    let unit = form.dataset.moneyUnit; // "Yuan" or "TenThousandYuan"
    let dirty = false;
    let keyCounter = 0;

    // ---- Numbers: what people type (1,234.5 / １２３４．５) to integer cents of 元, and back.
    const toAscii = (text) => text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0))
        .replace(/[．。]/g, '.').replace(/－/g, '-').replace(/[,，\s_]/g, '');

    const parseNumber = (text) => {
        const plain = toAscii(text || '');
        if (plain === '') {
            return null;
        }
        return /^-?\d+(\.\d+)?$/.test(plain) || /^-?\.\d+$/.test(plain) ? Number(plain) : NaN;
    };

    const scale = () => (unit === 'TenThousandYuan' ? 1000000 : 100); // cents of 元 per unit shown
    const centsOf = (input) => {
        const value = parseNumber(input?.value);
        return value === null || Number.isNaN(value) ? value : Math.round(value * scale());
    };

    const formatCents = (cents) => {
        if (unit === 'TenThousandYuan') {
            return (cents / 1000000).toLocaleString('zh-CN', { maximumFractionDigits: 6 });
        }
        return (cents / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    };
    const unitLabel = () => (unit === 'TenThousandYuan' ? '万元' : '元');
    const money = (cents) => `${formatCents(cents)} ${unitLabel()}`;

    // ---- Rows
    const renumber = () => {
        form.querySelectorAll('[data-rows]').forEach((table) => {
            table.querySelectorAll('.editor-row').forEach((row, i) => {
                const number = row.querySelector('.row-number');
                if (number) {
                    number.textContent = String(i + 1);
                }
            });
        });
        const count = form.querySelectorAll('[data-rows="indicators"] .editor-row').length;
        const counter = form.querySelector('.js-indicator-count');
        if (counter) {
            counter.textContent = String(count);
        }
    };

    // A row and the message row that belongs to it move and go together.
    const withMessages = (row) => {
        const next = row.nextElementSibling;
        return next && next.classList.contains('row-messages') ? [row, next] : [row];
    };

    const addRow = (button) => {
        const template = document.getElementById(button.dataset.template);
        const table = form.querySelector(`[data-rows="${button.dataset.target}"]`);
        const key = `n${Date.now().toString(36)}${keyCounter++}`;
        const html = template.innerHTML.replaceAll('__key__', key);
        const holder = document.createElement(table.querySelector('.js-rows') ? 'tbody' : 'table');
        holder.innerHTML = html;
        const row = holder.querySelector('.editor-row');
        (table.querySelector('.js-rows') || table).appendChild(row);
        if (row.querySelector('.js-level1')) {
            fillLevel1(row.querySelector('.js-level1'));
        }
        renumber();
        markDirty();
        row.querySelector('input:not([type=hidden]), select')?.focus();
    };

    form.addEventListener('click', (event) => {
        const button = event.target.closest('button');
        if (!button) {
            return;
        }
        if (button.classList.contains('js-add')) {
            addRow(button);
            return;
        }
        const row = button.closest('.editor-row');
        if (!row) {
            return;
        }
        const parts = withMessages(row);
        if (button.classList.contains('js-remove')) {
            parts.forEach((part) => part.remove());
        } else if (button.classList.contains('js-move-up')) {
            let previous = row.previousElementSibling;
            while (previous && !previous.classList.contains('editor-row')) {
                previous = previous.previousElementSibling;
            }
            if (previous) {
                parts.forEach((part) => previous.before(part));
            }
        } else if (button.classList.contains('js-move-down')) {
            let next = parts[parts.length - 1].nextElementSibling;
            while (next && !next.classList.contains('editor-row')) {
                next = next.nextElementSibling;
            }
            if (next) {
                const after = withMessages(next);
                after[after.length - 1].after(...parts);
            }
        } else {
            return;
        }
        renumber();
        recompute();
        markDirty();
    });

    // ---- 一级 → 二级 under the chosen framework
    const currentFramework = () => frameworks[form.querySelector('.js-framework').value] || [];

    const setOptions = (select, names, placeholder, strayLabel) => {
        const current = select.value;
        select.innerHTML = '';
        select.add(new Option(placeholder, ''));
        names.forEach((name) => select.add(new Option(name, name, false, name === current)));
        if (current && !names.includes(current)) {
            select.add(new Option(`${current}（${strayLabel}）`, current, false, true));
        }
        select.value = current;
    };

    const fillLevel2 = (level1Select) => {
        const level1 = currentFramework().find((l) => l.name === level1Select.value);
        const level2Select = level1Select.closest('tr').querySelector('.js-level2');
        setOptions(level2Select, level1 ? level1.level2s : [], '二级指标…', '不属于该一级');
    };

    const fillLevel1 = (level1Select) => {
        setOptions(level1Select, currentFramework().map((l) => l.name), '一级指标…', '不在指标体系中');
        fillLevel2(level1Select);
    };

    form.addEventListener('change', (event) => {
        const target = event.target;
        if (target.classList.contains('js-level1')) {
            fillLevel2(target);
        } else if (target.classList.contains('js-framework')) {
            form.querySelectorAll('.js-level1').forEach((select) => {
                if (!select.closest('template')) {
                    fillLevel1(select);
                }
            });
        } else if (target.classList.contains('js-money-unit')) {
            switchUnit(target.value);
        }
    });

    // ---- 万元/元: the amounts shown are converted, not reinterpreted (cents of 元 either way).
    const switchUnit = (next) => {
        const inputs = [...form.querySelectorAll('.js-money')];
        const cents = inputs.map((input) => centsOf(input));
        unit = next;
        inputs.forEach((input, i) => {
            if (cents[i] !== null && !Number.isNaN(cents[i])) {
                input.value = formatCents(cents[i]);
            }
        });
        form.querySelectorAll('.js-unit-label').forEach((label) => { label.textContent = unitLabel(); });
        recompute();
    };

    form.addEventListener('focusout', (event) => {
        const input = event.target;
        if (input.classList.contains('js-money')) {
            const cents = centsOf(input);
            if (cents !== null && !Number.isNaN(cents)) {
                input.value = formatCents(cents);
            }
        }
    });

    // ---- Live checks of the money rules (R01–R04)
    const fundingInput = (column, field) => form.querySelector(`.js-money[data-column="${column}"][data-field="${field}"]`);
    const fundingCents = (column, field) => centsOf(fundingInput(column, field));
    const check = (ok, text) => `<li class="${ok ? 'text-success' : 'text-danger'}">${ok ? '✓' : '✗'} ${text}</li>`;
    const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

    const recompute = () => {
        const checks = [];
        const names = { PriorYearsFunding: '以前年度已安排', MidTermFunding: '中期资金', AnnualFunding: '年度资金' };
        Object.entries(names).forEach(([column, name]) => {
            const total = fundingCents(column, 'Total');
            const fiscal = fundingCents(column, 'Fiscal');
            const other = fundingCents(column, 'Other');
            if ([total, fiscal, other].some(Number.isNaN)) {
                checks.push(check(false, `${name}：有无法识别的金额`));
                return;
            }
            if (fiscal !== null || other !== null) {
                const sources = (fiscal || 0) + (other || 0);
                checks.push(check(total === sources, total === null
                    ? `${name}：已填资金来源，但未填资金总额`
                    : `${name}：财政拨款 + 其他资金 = ${money(sources)}${total === sources ? '，等于' : '，不等于'}资金总额 ${money(total)}`));
            }
            const parts = ['FiscalSuperior', 'FiscalLocal', 'FiscalSubordinate'].map((f) => fundingCents(column, f));
            if (parts.some((p) => p !== null && !Number.isNaN(p))) {
                const sum = parts.reduce((a, p) => a + (p || 0), 0);
                checks.push(check(sum === (fiscal || 0), `${name}：财政拨款各部分合计 ${money(sum)}，财政拨款 ${money(fiscal || 0)}`));
            }
        });
        const annual = fundingCents('AnnualFunding', 'Total');
        const midTerm = fundingCents('MidTermFunding', 'Total');
        if (annual !== null && midTerm !== null && !Number.isNaN(annual) && !Number.isNaN(midTerm)) {
            checks.push(check(annual <= midTerm, `年度资金总额 ${money(annual)} ${annual <= midTerm ? '不超过' : '超过'}中期资金总额 ${money(midTerm)}`));
        }
        document.getElementById('funding-checks').innerHTML = checks.join('');

        let linesTotal = 0;
        let unreadable = false;
        const lines = form.querySelectorAll('[data-rows="budget-lines"] .editor-row');
        lines.forEach((row) => {
            const amount = centsOf(row.querySelector('.js-amount'));
            const standard = centsOf(row.querySelector('.js-standard'));
            const quantity = parseNumber(row.querySelector('.js-quantity').value);
            const hint = row.querySelector('.js-product');
            if (Number.isNaN(amount)) {
                unreadable = true;
            } else {
                linesTotal += amount || 0;
            }
            hint.textContent = '';
            hint.className = 'small js-product';
            if (quantity !== null && standard !== null && !Number.isNaN(quantity) && !Number.isNaN(standard)) {
                const product = Math.round(quantity * standard);
                const matches = product === amount;
                hint.textContent = `数量×标准 = ${formatCents(product)}${matches ? ' ✓' : ''}`;
                hint.classList.add(matches ? 'text-success' : 'text-danger');
            }
        });
        const totalCell = form.querySelector('.js-lines-total');
        const checkCell = form.querySelector('.js-lines-check');
        totalCell.textContent = lines.length ? formatCents(linesTotal) : '';
        if (!lines.length) {
            checkCell.textContent = '';
        } else if (unreadable || Number.isNaN(annual)) {
            checkCell.innerHTML = '<span class="text-danger">有无法识别的金额</span>';
        } else if (annual === null) {
            checkCell.innerHTML = '<span class="text-danger">未填年度资金总额</span>';
        } else if (linesTotal === annual) {
            checkCell.innerHTML = `<span class="text-success">✓ 等于年度资金总额 ${escape(money(annual))}</span>`;
        } else {
            const diff = annual - linesTotal;
            checkCell.innerHTML = `<span class="text-danger">✗ 年度资金总额 ${escape(money(annual))}，${diff > 0 ? '少' : '多'} ${escape(money(Math.abs(diff)))}</span>`;
        }
    };

    // ---- Unsaved changes
    const dirtyNote = form.querySelector('.js-dirty');
    const markDirty = () => {
        dirty = true;
        if (dirtyNote) {
            dirtyNote.textContent = '有未保存的修改';
        }
    };
    form.addEventListener('input', (event) => {
        markDirty();
        if (event.target.classList.contains('js-money') || event.target.classList.contains('js-quantity')) {
            recompute();
        }
        if (event.target.classList.contains('autogrow')) {
            grow(event.target);
        }
    });
    form.addEventListener('change', markDirty);
    form.addEventListener('submit', () => { dirty = false; });
    window.addEventListener('beforeunload', (event) => {
        if (dirty) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
    document.querySelectorAll('.js-discard').forEach((link) => link.addEventListener('click', (event) => {
        if (!window.confirm('载入最新版本将放弃您在本页的修改，确定吗？')) {
            event.preventDefault();
        } else {
            dirty = false;
        }
    }));

    // ---- Text areas grow with their text
    const grow = (area) => {
        area.style.height = 'auto';
        area.style.height = `${area.scrollHeight + 2}px`;
    };
    form.querySelectorAll('textarea.autogrow').forEach(grow);

    renumber();
    recompute();
    // A failed save comes back with the user's changes still unsaved.
    if (document.querySelector('.alert-danger[role=alert]')) {
        markDirty();
    }
})();
