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
    let keyCounter = 0;

    // ---- Numbers: what people type (1,234.5 / １２３４．５) read exactly, as integer cents of 元.
    const toAscii = (text) => text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0))
        .replace(/[．。]/g, '.').replace(/－/g, '-').replace(/[,，\s_\u3000]/g, '');

    const parseNumber = (text) => {
        const plain = toAscii(text || '');
        if (plain === '') {
            return null;
        }
        return /^-?(\d+(\.\d+)?|\.\d+)$/.test(plain) ? Number(plain) : NaN;
    };

    const places = () => (unit === 'TenThousandYuan' ? 6 : 2); // decimals that still are whole cents
    const maxCents = 99999999999999; // 999,999,999,999.99 元

    // The amount typed, in cents of 元; null when blank, NaN when it is no amount the server takes.
    const centsOf = (input) => {
        const plain = toAscii(input?.value || '');
        if (plain === '') {
            return null;
        }
        const match = /^(\d+)(?:\.(\d*))?$/.exec(plain);
        if (!match || (match[2] || '').length > places()) {
            return NaN;
        }
        const digits = match[1] + (match[2] || '').padEnd(places(), '0');
        // With 2 places in 元 and 6 in 万元, the digits are the cents of 元 either way.
        const cents = Number(digits);
        return cents > maxCents || !Number.isSafeInteger(cents) ? NaN : cents;
    };

    const formatCents = (cents) => {
        const negative = cents < 0;
        const text = String(Math.abs(cents)).padStart(places() + 1, '0');
        const whole = text.slice(0, -places()).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        let fraction = text.slice(-places());
        if (unit === 'TenThousandYuan') {
            fraction = fraction.replace(/0+$/, '');
        }
        return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
    };
    const unitLabel = () => (unit === 'TenThousandYuan' ? '万元' : '元');
    const money = (cents) => `${formatCents(cents)} ${unitLabel()}`;

    // Marks an amount the server would refuse, with the reason, while the text stays as typed.
    const flagAmount = (input) => {
        const cents = centsOf(input);
        let note = input.parentElement.querySelector('.js-amount-note');
        const plain = toAscii(input.value || '');
        let reason = '';
        if (Number.isNaN(cents)) {
            if (/^-/.test(plain)) {
                reason = '金额不能为负数';
            } else if (/^\d+(\.\d+)?$/.test(plain)) {
                reason = (plain.split('.')[1] || '').length > places()
                    ? `最多 ${places()} 位小数（精确到分）`
                    : '金额超出上限';
            } else {
                reason = '请填写数字';
            }
        }
        input.classList.toggle('is-invalid', reason !== '');
        if (reason && !note) {
            note = document.createElement('div');
            note.className = 'invalid-feedback d-block js-amount-note';
            input.after(note);
        }
        if (note) {
            note.textContent = reason;
            window.perfTargetsForms.describe(input, note, reason !== '');
        }
        return cents;
    };

    // ---- Rows
    // Each cell's accessible name carries its row ("第3行 金额"), kept right as rows come, go and move.
    const rowLabel = /^(第\d+行|新行) /;
    const renumber = () => {
        form.querySelectorAll('[data-rows]').forEach((table) => {
            table.querySelectorAll('.editor-row').forEach((row, i) => {
                const number = row.querySelector('.row-number');
                if (number) {
                    number.textContent = String(i + 1);
                }
                row.querySelectorAll('[aria-label]').forEach((cell) => {
                    cell.setAttribute('aria-label', `第${i + 1}行 ${cell.getAttribute('aria-label').replace(rowLabel, '')}`);
                });
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
        row.querySelectorAll('textarea.autogrow').forEach(window.perfTargetsForms.grow);
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

    // A value the framework does not offer stays selectable, marked, so nothing is lost silently.
    const setOptions = (select, names, placeholder, strayTitle, keepStray) => {
        const current = select.value;
        select.innerHTML = '';
        select.add(new Option(placeholder, ''));
        names.forEach((name) => select.add(new Option(name, name, false, name === current)));
        const stray = current && !names.includes(current);
        if (stray && keepStray) {
            select.add(new Option(`⚠ ${current}`, current, false, true));
        }
        select.value = stray && !keepStray ? '' : current;
        select.classList.toggle('is-invalid', stray && keepStray);
        select.title = stray && keepStray ? `“${current}”${strayTitle}` : '';
        return stray;
    };

    const fillLevel2 = (level1Select, keepStray) => {
        const level1 = currentFramework().find((l) => l.name === level1Select.value);
        const level2Select = level1Select.closest('tr').querySelector('.js-level2');
        return setOptions(level2Select, level1 ? level1.level2s : [], '二级指标…', '不属于所选一级指标', keepStray);
    };

    const fillLevel1 = (level1Select) => {
        const stray1 = setOptions(level1Select, currentFramework().map((l) => l.name), '一级指标…', '不在所选指标体系中', true);
        const stray2 = fillLevel2(level1Select, true);
        return stray1 || stray2;
    };

    form.addEventListener('change', (event) => {
        const target = event.target;
        if (target.classList.contains('js-level1')) {
            target.classList.remove('is-invalid');
            target.title = '';
            fillLevel2(target, false); // a new 一级: its old 二级 no longer applies
        } else if (target.classList.contains('js-framework')) {
            let stray = 0;
            form.querySelectorAll('.js-level1').forEach((select) => {
                if (!select.closest('template') && fillLevel1(select)) {
                    stray += 1;
                }
            });
            const note = form.querySelector('.js-framework-note');
            note.textContent = stray > 0 ? `有 ${stray} 个指标的一级或二级不在所选指标体系中，已用 ⚠ 标出，请重新选择。` : '';
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
            const cents = flagAmount(input);
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

    const markDirty = () => window.perfTargetsForms.markDirty(form);
    form.addEventListener('input', (event) => {
        if (event.target.classList.contains('js-money') || event.target.classList.contains('js-quantity')) {
            recompute();
        }
    });

    renumber();
    recompute();
})();
