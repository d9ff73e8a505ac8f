// 申报表编辑器: rows added, moved and removed in place; 二级 choices follow the 一级 and the
// framework; the totals recomputed as the user types; a warning before leaving with unsaved
// changes. The rules live on the server only: while the user types, the form is posted to its
// check (审核检查, EditModel.OnPostCheckAsync), which reads and judges it as a save would, stores
// nothing, and answers with the messages to show at each field and row and in the problems panel.
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

    // What every row of a grid shares and only the script uses (↑ ↓ ✕, a field's length limit, where
    // its suggestions come from) is sent once, in the grid's template, and put into each row here.
    const rowButtons = document.getElementById('row-buttons');
    const addButtons = (row) => row.querySelectorAll('.js-row-buttons:empty')
        .forEach((cell) => cell.append(rowButtons.content.cloneNode(true)));
    const sharedAttributes = ['data-maxlength', 'data-library', 'data-suggestions', 'aria-autocomplete'];
    const fieldName = (field) => (field.getAttribute('name') || '').replace(/^.*\]\./, '');
    const templateOf = (table) => document.getElementById(form.querySelector(`.js-add[data-target="${table.dataset.rows}"]`).dataset.template);
    const completeRows = (table) => {
        const shared = [...templateOf(table).content.querySelectorAll('[name]')]
            .map((field) => [fieldName(field), sharedAttributes.filter((a) => field.hasAttribute(a)).map((a) => [a, field.getAttribute(a)])])
            .filter(([, attributes]) => attributes.length > 0);
        table.querySelectorAll('.editor-row').forEach((row) => {
            shared.forEach(([name, attributes]) => {
                const field = row.querySelector(`[name$="].${CSS.escape(name)}"]`);
                attributes.forEach(([attribute, value]) => field?.setAttribute(attribute, value));
            });
            addButtons(row);
        });
        window.perfTargetsForms.noteLengths(table);
    };

    // A row and the message row that belongs to it move and go together.
    const withMessages = (row) => {
        const next = row.nextElementSibling;
        return next && next.classList.contains('row-messages') ? [row, next] : [row];
    };

    // A new row at the end of a table, from its template; focused, unless the caller fills it.
    const addRow = (button, focus = true) => {
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
        addButtons(row);
        row.querySelectorAll('textarea.autogrow').forEach(window.perfTargetsForms.grow);
        window.perfTargetsForms.watchWidth(row);
        renumber();
        markDirty();
        if (focus) {
            row.querySelector('input:not([type=hidden]), select')?.focus();
        }
        return row;
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
        scheduleCheck();
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

    // ---- 二级指标填写说明: once a row is being filled, the panel shows its guidance, copied from the
    // list fetched once for every editor (the browser keeps it); it changes, and is read out, only when the 二级 does.
    const guide = document.querySelector('.js-level2-guide');
    const guideBody = guide?.querySelector('.js-guide-body');
    let guided = null;
    let guideEntries = null;
    const loadGuideEntries = () => {
        guideEntries ??= fetch(guide.dataset.entriesUrl, { credentials: 'same-origin' })
            .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
            .then((html) => new Map([...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('.js-guide-entry')]
                .map((entry) => [entry.dataset.level2, entry.querySelector('dd')])))
            .catch(() => {
                guideEntries = null; // asked again at the next row
                return null;
            });
        return guideEntries;
    };
    const showGuide = async (row) => {
        const level2 = row.querySelector('.js-level2')?.value || '';
        if (!guide || level2 === guided) {
            return;
        }
        guided = level2;
        guide.hidden = false;
        const entries = await loadGuideEntries();
        if (guided !== level2) {
            return; // another 二级 was chosen while the list was on its way
        }
        const entry = entries?.get(level2);
        const title = document.createElement('strong');
        title.textContent = level2 || '未选二级指标';
        let text = '：选择二级指标后，这里显示它的填写说明。';
        if (!entries) {
            guided = null;
            text = '：填写说明暂时无法载入（网络或服务器问题），可打开表格下方的“各二级指标的填写说明”。';
        } else if (level2) {
            text = '：该二级指标没有填写说明。';
        }
        guideBody.replaceChildren(title, ...(entry ? [...entry.cloneNode(true).childNodes] : [document.createTextNode(text)]));
    };
    if (guide) {
        loadGuideEntries();
        form.addEventListener('focusin', (event) => {
            const row = event.target.closest('.editor-row.indicator');
            if (row) {
                showGuide(row);
            }
        });
        guide.querySelector('.js-guide-toggle').addEventListener('click', (event) => {
            const collapsed = guide.classList.toggle('collapsed');
            event.target.setAttribute('aria-expanded', String(!collapsed));
            event.target.textContent = collapsed ? '展开' : '收起';
        });
    }

    // A library suggestion taken for a 三级 name fills the rest of its row as the entry says; every
    // field stays editable, and a 计算公式 goes into 指标内容 only when that is still empty. A row
    // without 一级/二级 takes the suggestion's (when the framework has them), and an indicator the
    // department used before brings last year's 中期/年度 targets into target boxes still empty.
    form.addEventListener('perftargets:chosen', (event) => {
        const row = event.target.closest('.editor-row');
        const chosen = event.detail;
        const set = (field, value) => {
            if (field && field.value !== value) {
                field.value = value;
                field.dispatchEvent(new Event('change', { bubbles: true }));
            }
        };
        const level1 = row.querySelector('.js-level1');
        if (level1 && !level1.value && [...level1.options].some((o) => o.value === chosen.level1)) {
            set(level1, chosen.level1);
            const level2 = row.querySelector('.js-level2');
            if ([...level2.options].some((o) => o.value === chosen.level2)) {
                set(level2, chosen.level2);
            }
        }
        const symbol = (select, text) => [...select.options].find((o) => o.textContent === text)?.value ?? '';
        set(row.querySelector('[name$=".Nature"]'), chosen.nature);
        set(row.querySelector('[name$=".Direction"]'), chosen.direction ?? '');
        row.querySelectorAll('select.comparator').forEach((select) => set(select, symbol(select, chosen.comparator)));
        row.querySelectorAll('input.unit').forEach((unit) => set(unit, chosen.unit ?? ''));
        for (const [period, target] of [['MidTerm', chosen.midTermTarget], ['Annual', chosen.annualTarget]]) {
            const value = row.querySelector(`[name$=".${period}.Value"]`);
            const comparator = row.querySelector(`[name$=".${period}.Comparator"]`);
            if (target && value && !value.value.trim()) {
                set(comparator, symbol(comparator, target.comparator));
                set(value, target.value ?? '');
                set(row.querySelector(`[name$=".${period}.Unit"]`), target.unit ?? '');
                window.perfTargetsForms.grow(value);
            }
        }
        const description = row.querySelector('[name$=".Description"]');
        if (chosen.formula && description && !description.value.trim()) {
            set(description, chosen.formula);
            window.perfTargetsForms.grow(description);
        }
    });

    form.addEventListener('change', (event) => {
        const target = event.target;
        if (target.classList.contains('js-level1')) {
            target.classList.remove('is-invalid');
            target.title = '';
            fillLevel2(target, false); // a new 一级: its old 二级 no longer applies
            showGuide(target.closest('.editor-row'));
        } else if (target.classList.contains('js-level2')) {
            showGuide(target.closest('.editor-row'));
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
        } else if (target.classList.contains('js-annual-only')) {
            // 只填年度: the 中期 fields hide; the save clears what they held (the page says so).
            form.classList.toggle('annual-only', target.checked);
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
            // An amount the server would refuse stays as typed; the server's check says why.
            const cents = centsOf(input);
            if (cents !== null && !Number.isNaN(cents)) {
                input.value = formatCents(cents);
            }
        }
    });

    // ---- Arithmetic while typing: the sums of the money rules (R01–R03) beside what they should
    // equal. Whether that is a problem, and how it is said, comes from the server's check.
    const fundingInput = (column, field) => form.querySelector(`.js-money[data-column="${column}"][data-field="${field}"]`);
    const fundingCents = (column, field) => centsOf(fundingInput(column, field));
    const readable = (...cents) => cents.every((c) => c !== null && !Number.isNaN(c));
    const sum = (...cents) => cents.reduce((a, c) => a + (c || 0), 0);
    const check = (ok, text) => `<li class="${ok ? 'text-success' : 'text-danger'}">${ok ? '✓' : '✗'} ${text}</li>`;
    const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

    const recompute = () => {
        const checks = [];
        const names = { PriorYearsFunding: '以前年度已安排', MidTermFunding: '中期资金', AnnualFunding: '年度资金' };
        Object.entries(names).forEach(([column, name]) => {
            const [total, fiscal, other] = ['Total', 'Fiscal', 'Other'].map((f) => fundingCents(column, f));
            if (readable(total) && [fiscal, other].some((c) => c !== null) && ![fiscal, other].some(Number.isNaN)) {
                const sources = sum(fiscal, other);
                checks.push(check(total === sources, `${name}：财政拨款 + 其他资金 = ${money(sources)}${total === sources ? '，等于' : '，不等于'}资金总额 ${money(total)}`));
            }
            const parts = ['FiscalSuperior', 'FiscalLocal', 'FiscalSubordinate'].map((f) => fundingCents(column, f));
            if (parts.some((p) => p !== null) && !parts.some(Number.isNaN) && !Number.isNaN(fiscal)) {
                const partsSum = sum(...parts);
                checks.push(check(partsSum === (fiscal || 0), `${name}：财政拨款各部分合计 ${money(partsSum)}，财政拨款 ${money(fiscal || 0)}`));
            }
        });
        document.getElementById('funding-checks').innerHTML = checks.join('');

        const annual = fundingCents('AnnualFunding', 'Total');
        const lines = [...form.querySelectorAll('[data-rows="budget-lines"] .editor-row')];
        const amounts = lines.map((row) => centsOf(row.querySelector('.js-amount')));
        lines.forEach((row, i) => {
            const standard = centsOf(row.querySelector('.js-standard'));
            const quantity = parseNumber(row.querySelector('.js-quantity').value);
            const hint = row.querySelector('.js-product');
            hint.textContent = '';
            hint.className = 'small js-product';
            if (quantity !== null && standard !== null && !Number.isNaN(quantity) && !Number.isNaN(standard)) {
                const product = Math.round(quantity * standard);
                const matches = product === amounts[i];
                hint.textContent = `数量×标准 = ${formatCents(product)}${matches ? ' ✓' : ''}`;
                hint.classList.add(matches ? 'text-success' : 'text-danger');
            }
        });
        const linesTotal = amounts.some(Number.isNaN) ? NaN : sum(...amounts);
        const totalCell = form.querySelector('.js-lines-total');
        const checkCell = form.querySelector('.js-lines-check');
        totalCell.textContent = lines.length && !Number.isNaN(linesTotal) ? formatCents(linesTotal) : '';
        if (!lines.length || !readable(annual, linesTotal)) {
            checkCell.textContent = '';
        } else if (linesTotal === annual) {
            checkCell.innerHTML = `<span class="text-success">✓ 等于年度资金总额 ${escape(money(annual))}</span>`;
        } else {
            const diff = annual - linesTotal;
            checkCell.innerHTML = `<span class="text-danger">✗ 年度资金总额 ${escape(money(annual))}，${diff > 0 ? '少' : '多'} ${escape(money(Math.abs(diff)))}</span>`;
        }
    };

    // ---- 审核检查 while typing (see the top): at most one request in flight that counts; an
    // answer to an older state of the form is dropped. A failed check keeps everything typed.
    const checkUrl = form.dataset.checkUrl;
    const checkStatus = form.querySelector('.js-check-status');
    const checkPanel = document.querySelector('.js-check-panel');
    const isFieldMessage = (id) => /-error(-\d+)?$/.test(id);
    const isServerMessage = (id) => isFieldMessage(id) || id.endsWith('-messages');
    let checkTimer = 0;
    let checkRun = 0;

    // Fields keep the notes this page's scripts add (length, amount); only the server's messages go.
    const clearServerMessages = () => {
        form.querySelectorAll('.invalid-feedback[id], .row-messages, .row-problem').forEach((message) => {
            if (!message.id || isServerMessage(message.id)) {
                message.remove();
            }
        });
        form.querySelectorAll('[aria-describedby]').forEach((field) => {
            const all = field.getAttribute('aria-describedby').split(' ').filter(Boolean);
            const ids = all.filter((id) => !isServerMessage(id));
            field.classList.remove('server-invalid');
            if (ids.length > 0) {
                field.setAttribute('aria-describedby', ids.join(' '));
            } else {
                field.removeAttribute('aria-describedby');
            }
            // Marked invalid by its own messages, not by a row's (a 一级 outside the framework stays marked).
            if (ids.length === 0 && all.some(isFieldMessage)) {
                field.removeAttribute('aria-invalid');
                field.classList.remove('is-invalid');
            }
        });
        form.querySelectorAll('[data-rows] .table-danger, [data-rows] .table-warning').forEach((part) => part.classList.remove('table-danger', 'table-warning'));
        form.querySelectorAll('[data-rows] .editor-row[id]').forEach((row) => row.removeAttribute('id'));
    };

    const describedBy = (field, id) => {
        const ids = (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
        field.setAttribute('aria-describedby', [...ids, id].join(' '));
    };

    // A field's messages go under it, after any note of ours and any message before them on its line.
    const showFieldMessages = (template) => {
        const key = template.dataset.field;
        const list = form.querySelector(`[data-messages-for="${CSS.escape(key)}"]`);
        const field = list ? null : form.querySelector(`[name="${CSS.escape(key)}"]`);
        const id = list ? list.dataset.fieldId : field?.id;
        if (!id) {
            return; // no such field on the page: the problems panel lists it
        }
        const holder = document.createElement('template');
        holder.innerHTML = template.innerHTML.replaceAll('__field__', id);
        let last = list || field.closest('.input-group, .field-line') || field;
        while (last.nextElementSibling?.matches('.js-length-note, .invalid-feedback[id$="-error"], .invalid-feedback[id*="-error-"]')) {
            last = last.nextElementSibling;
        }
        const messages = [...holder.content.children];
        last.after(...messages);
        if (field) {
            field.classList.add('is-invalid', 'server-invalid');
            field.setAttribute('aria-invalid', 'true');
            messages.forEach((message) => describedBy(field, message.id));
        }
    };

    // A row's messages: in a row of their own under it, or in its first cell; the row takes the id the panel links to.
    const showRowMessages = (template) => {
        const row = form.querySelector(`input[name="${CSS.escape(`${template.dataset.row}.Key`)}"]`)?.closest('.editor-row');
        if (!row) {
            return;
        }
        if (template.dataset.anchor) {
            row.id = template.dataset.anchor;
        }
        const parts = row.tagName === 'TBODY' ? [...row.querySelectorAll(':scope > tr')] : [row];
        if (template.dataset.state) {
            parts.forEach((part) => part.classList.add(template.dataset.state));
        }
        const messages = document.importNode(template.content, true);
        const first = messages.firstElementChild;
        if (!first) {
            return;
        }
        if (first.tagName !== 'TR') {
            row.querySelector('td').append(messages);
        } else if (row.tagName === 'TBODY') {
            row.append(messages);
        } else {
            row.after(messages);
        }
        if (template.dataset.describedby) {
            row.querySelectorAll('input:not([type=hidden]), select, textarea').forEach((field) => describedBy(field, template.dataset.describedby));
        }
    };

    const showCheck = (answer) => {
        clearServerMessages();
        checkPanel?.replaceChildren(document.importNode(answer.querySelector('template[data-panel]').content, true));
        answer.querySelectorAll('template[data-field]').forEach(showFieldMessages);
        answer.querySelectorAll('template[data-row]').forEach(showRowMessages);
    };

    const runCheck = async () => {
        const run = checkRun;
        let answer;
        try {
            // redirect: 'manual': a session that has ended answers with the sign-in page, which is no check.
            const response = await fetch(checkUrl, { method: 'POST', body: new FormData(form), redirect: 'manual', credentials: 'same-origin' });
            if (!response.ok) {
                throw new Error(`HTTP ${response.status}`);
            }
            answer = new DOMParser().parseFromString(await response.text(), 'text/html');
        } catch {
            if (run === checkRun) {
                checkStatus.textContent = '审核检查暂时无法进行（网络或服务器问题），已填内容没有丢失。';
            }
            return;
        }
        if (run === checkRun) {
            checkStatus.textContent = '';
            showCheck(answer);
        }
    };

    const scheduleCheck = () => {
        if (!checkUrl) {
            return;
        }
        checkRun += 1;
        window.clearTimeout(checkTimer);
        checkTimer = window.setTimeout(runCheck, 300);
    };

    const markDirty = () => window.perfTargetsForms.markDirty(form);
    form.addEventListener('input', (event) => {
        if (event.target.classList.contains('js-money') || event.target.classList.contains('js-quantity')) {
            recompute();
        }
        scheduleCheck();
    });
    form.addEventListener('change', scheduleCheck);

    // What the paste from a spreadsheet (paste.js) fills rows with; the rules stay on the server.
    window.perfTargetsEditor = {
        addRow: (grid) => addRow(form.querySelector(`.js-add[data-target="${grid}"]`), false),
        // A 一级 or 二级 set to a name: one the framework does not hold stays, marked ⚠, as a saved one does.
        setLevel: (select, value) => {
            if (value && ![...select.options].some((o) => o.value === value)) {
                select.add(new Option(value, value));
            }
            select.value = value;
            return select.classList.contains('js-level1') ? fillLevel1(select) : fillLevel2(select.closest('tr').querySelector('.js-level1'), true);
        },
        changed: () => {
            renumber();
            recompute();
            markDirty();
            scheduleCheck();
        },
    };

    form.querySelectorAll('[data-rows]').forEach(completeRows);
    renumber();
    recompute();
})();
