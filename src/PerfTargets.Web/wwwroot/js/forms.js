// Behaviour every form of PerfTargets shares: text areas that grow with their text, a note when a
// text passes its limit (the server refuses it; nothing is cut off silently), server messages that
// go once the field is changed (data-stale-on-input), and a question
// before leaving a form with unsaved changes (forms marked data-unsaved-warning), and forms sent
// only once (data-submit-once).
(() => {
    'use strict';

    // A note the script adds under a field is announced with it (aria-describedby) while it says something.
    let noteCounter = 0;
    const describe = (field, note, invalid) => {
        if (!note.id) {
            noteCounter += 1;
            note.id = `js-note-${noteCounter}`;
        }
        const ids = (field.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && id !== note.id);
        if (invalid) {
            ids.push(note.id);
            field.setAttribute('aria-invalid', 'true');
        } else if (!field.classList.contains('server-invalid')) {
            field.removeAttribute('aria-invalid');
        }
        if (ids.length > 0) {
            field.setAttribute('aria-describedby', ids.join(' '));
        } else {
            field.removeAttribute('aria-describedby');
        }
    };

    const grow = (area) => {
        area.style.height = 'auto';
        area.style.height = `${area.scrollHeight + 2}px`;
    };

    const checkLength = (field) => {
        const max = Number(field.dataset.maxlength);
        const over = field.value.length > max;
        let note = field.nextElementSibling?.classList.contains('js-length-note') ? field.nextElementSibling : null;
        field.classList.toggle('is-invalid', over || field.classList.contains('server-invalid'));
        if (over && !note) {
            note = document.createElement('div');
            note.className = 'invalid-feedback d-block js-length-note';
            field.after(note);
        }
        if (note) {
            note.textContent = over ? `已输入 ${field.value.length} 字，超出上限 ${max} 字，保存时将不被接受。` : '';
            describe(field, note, over);
        }
    };

    // A field marked data-stale-on-input drops the server's messages about it once the user
    // changes it: they judged the text that was sent, not the one being typed (the server checks again).
    const dropServerMessages = (field) => {
        field.classList.remove('server-invalid', 'is-invalid');
        field.removeAttribute('aria-invalid');
        field.parentElement.querySelectorAll('.invalid-feedback:not(.js-length-note)').forEach((message) => { message.textContent = ''; });
    };

    const dirtyForms = new Set();
    const markDirty = (form) => {
        dirtyForms.add(form);
        form.querySelectorAll('.js-dirty').forEach((note) => { note.textContent = '有未保存的修改'; });
    };

    // Fields with a limit as the page came: a text already over it is noted (also for fields that get
    // their limit from a script, editor.js's rows).
    const noteLengths = (root) => root.querySelectorAll('[data-maxlength]').forEach((field) => {
        if (field.classList.contains('is-invalid')) {
            field.classList.add('server-invalid');
        }
        if (field.value.length > Number(field.dataset.maxlength)) {
            checkLength(field);
        }
    });
    document.querySelectorAll('textarea.autogrow').forEach(grow);
    noteLengths(document);

    document.addEventListener('input', (event) => {
        const target = event.target;
        if (target.matches('textarea.autogrow')) {
            grow(target);
        }
        if (target.matches('[data-stale-on-input]')) {
            dropServerMessages(target);
        }
        if (target.matches('[data-maxlength]')) {
            checkLength(target);
        }
        const form = target.closest('form[data-unsaved-warning]');
        if (form) {
            markDirty(form);
        }
    });
    document.addEventListener('change', (event) => {
        const form = event.target.closest('form[data-unsaved-warning]');
        if (form) {
            markDirty(form);
        }
    });
    document.addEventListener('submit', (event) => dirtyForms.delete(event.target));
    window.addEventListener('beforeunload', (event) => {
        if (dirtyForms.size > 0) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
    document.querySelectorAll('.js-discard').forEach((link) => link.addEventListener('click', (event) => {
        if (!window.confirm('载入最新版本将放弃您在本页的修改，确定吗？')) {
            event.preventDefault();
        } else {
            dirtyForms.clear();
        }
    }));
    // A save that failed comes back with the user's changes still unsaved.
    document.querySelectorAll('form[data-unsaved-warning][data-unsaved="true"]').forEach(markDirty);

    // A decision is sent once: after the first press its buttons wait (the server refuses a second anyway).
    document.querySelectorAll('form[data-submit-once]').forEach((form) => form.addEventListener('submit', () => {
        window.setTimeout(() => form.querySelectorAll('button[type=submit]').forEach((button) => { button.disabled = true; }), 0);
    }));

    // A text box that wraps instead of cutting its text off (textarea.autogrow.js-single-line: a 三级
    // name, a target, a budget line's item) is still one line of text: Enter sends the form as in an
    // input (its plain save button), and a newline pasted in becomes a space.
    // Its height follows its width too: a column that narrows (a window resized, 中期 shown) re-wraps it.
    const widths = new WeakMap();
    const regrow = new ResizeObserver((entries) => entries.forEach(({ target }) => {
        if (widths.get(target) !== target.clientWidth) {
            widths.set(target, target.clientWidth);
            grow(target);
        }
    }));
    const watchWidth = (root) => root.querySelectorAll('textarea.autogrow').forEach((area) => regrow.observe(area));
    watchWidth(document);
    document.addEventListener('focusin', (event) => {
        if (event.target.matches('textarea.autogrow')) {
            regrow.observe(event.target);
        }
    });
    document.addEventListener('input', (event) => {
        const area = event.target;
        if (area.matches('textarea.js-single-line') && /[\r\n]/.test(area.value)) {
            const at = area.selectionStart;
            area.value = area.value.replace(/\r\n|[\r\n]/g, ' ');
            area.setSelectionRange(at, at);
            grow(area);
        }
    });

    // Suggestions for a text box that wraps (a <datalist> serves single-line inputs only): the words of
    // the datalist it names (data-suggestions) that hold what is typed, or for a 三级 name (data-library)
    // the library's suggestions for the row's framework and levels, each with what helps choose it;
    // listed under it while typing or on Alt+↓; ↑↓ move, Enter takes the one marked, Esc closes. A screen
    // reader hears the marked one (aria-activedescendant) and the field says it has a list
    // (aria-autocomplete, aria-controls). Taking a library suggestion tells the row (perftargets:chosen).
    const list = document.createElement('ul');
    list.id = 'js-suggestions';
    list.className = 'suggestions list-unstyled shadow-sm';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', '可选的填法');
    list.hidden = true;
    document.body.append(list);
    let owner = null;
    let marked = -1;
    let shown = [];
    let asked = 0;
    const options = () => [...list.querySelectorAll('[role=option]')];
    const mark = (index) => {
        const all = options();
        marked = all.length === 0 ? -1 : (index + all.length) % all.length;
        all.forEach((option, i) => option.setAttribute('aria-selected', String(i === marked)));
        if (marked >= 0) {
            owner.setAttribute('aria-activedescendant', all[marked].id);
            all[marked].scrollIntoView({ block: 'nearest' });
        }
    };
    const close = () => {
        list.hidden = true;
        marked = -1;
        if (owner) {
            owner.removeAttribute('aria-activedescendant');
            owner.removeAttribute('aria-controls');
        }
        owner = null;
    };
    const fromDatalist = (field, everything) => {
        const typed = field.value.trim();
        return [...document.getElementById(field.dataset.suggestions)?.options || []].map((option) => ({ text: option.value }))
            .filter(({ text }) => everything || (typed.length > 0 && text !== typed && text.includes(typed)));
    };
    const kinds = { OwnHistory: '本单位用过', SharedHistory: '其他单位用过', Sector: '同行业', Common: '共性' };
    const fromLibrary = async (field) => {
        const typed = field.value.trim();
        const row = field.closest('tr');
        // The row's 一级 and 二级 narrow the list; an entry found under several frameworks is offered once.
        const query = new URLSearchParams({ query: typed, limit: '10' });
        const level1 = row?.querySelector('.js-level1')?.value;
        const level2 = row?.querySelector('.js-level2')?.value;
        if (level1) {
            query.set('level1', level1);
        }
        if (level2) {
            query.set('level2', level2);
        }
        const response = typed.length > 0 ? await fetch(`/api/v1/indicators/suggestions?${query}`, { headers: { Accept: 'application/json' } }) : null;
        const found = response?.ok ? await response.json() : [];
        return found.filter((s) => s.name !== typed).map((s) => ({
            text: s.name,
            detail: [kinds[s.kind], s.unit ? `单位 ${s.unit}` : '定性', s.comparator, s.lastValue ? `${s.lastValue.year}年 ${s.lastValue.value}` : s.example]
                .filter(Boolean).join(' · '),
            fill: s,
        }));
    };
    const open = async (field, everything) => {
        const ask = ++asked;
        const entries = field.matches('[data-library]') ? await fromLibrary(field) : fromDatalist(field, everything);
        // A later keystroke asked again, or the field was left, while this answer was on its way.
        if (ask !== asked || document.activeElement !== field) {
            return;
        }
        if (entries.length === 0) {
            close();
            return;
        }
        owner = field;
        shown = entries;
        list.replaceChildren(...entries.map((entry, i) => {
            const item = document.createElement('li');
            item.id = `js-suggestion-${i}`;
            item.setAttribute('role', 'option');
            item.setAttribute('aria-selected', 'false');
            item.textContent = entry.text;
            if (entry.detail) {
                const detail = document.createElement('small');
                detail.className = 'd-block text-secondary';
                detail.textContent = entry.detail;
                item.append(detail);
            }
            return item;
        }));
        const box = field.getBoundingClientRect();
        list.style.left = `${box.left + window.scrollX}px`;
        list.style.top = `${box.bottom + window.scrollY}px`;
        list.style.minWidth = `${box.width}px`;
        list.hidden = false;
        field.setAttribute('aria-controls', list.id);
        marked = -1;
    };
    const take = (entry) => {
        const field = owner;
        close();
        field.value = entry.text;
        field.dispatchEvent(new Event('input', { bubbles: true }));
        if (entry.fill) {
            field.dispatchEvent(new CustomEvent('perftargets:chosen', { bubbles: true, detail: entry.fill }));
        }
        field.focus();
    };
    document.addEventListener('input', (event) => {
        if (event.target.matches('textarea[data-suggestions], textarea[data-library]')) {
            open(event.target, false);
        }
    });
    document.addEventListener('focusout', (event) => {
        if (event.target === owner) {
            close();
        }
    });
    list.addEventListener('mousedown', (event) => {
        const option = event.target.closest('[role=option]');
        event.preventDefault();
        if (option) {
            take(shown[options().indexOf(option)]);
        }
    });
    document.addEventListener('keydown', (event) => {
        const field = event.target;
        if (!(field instanceof HTMLTextAreaElement) || event.isComposing || event.keyCode === 229) {
            return;
        }
        if (field.matches('[data-suggestions], [data-library]')) {
            const listed = owner === field && !list.hidden;
            if (event.key === 'ArrowDown' && (event.altKey || !listed)) {
                open(field, true).then(() => {
                    if (owner === field) {
                        mark(0);
                    }
                });
                event.preventDefault();
                return;
            }
            if (listed) {
                if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                    mark(marked + (event.key === 'ArrowDown' ? 1 : -1));
                    event.preventDefault();
                    return;
                }
                if (event.key === 'Escape') {
                    close();
                    event.preventDefault();
                    return;
                }
                if (event.key === 'Enter' && marked >= 0) {
                    take(shown[marked]);
                    event.preventDefault();
                    return;
                }
            }
        }
        if (event.key === 'Enter' && !event.shiftKey && field.matches('textarea.js-single-line') && field.form) {
            event.preventDefault();
            close();
            // The form's plain save: a submit button that sends no name of its own (按指标体系排序 does).
            const buttons = [...field.form.querySelectorAll('button[type=submit], input[type=submit], button:not([type])')];
            const button = buttons.find((b) => !b.name) || buttons[0];
            field.form.requestSubmit(button || undefined);
        }
    });

    window.perfTargetsForms = { markDirty, grow, describe, watchWidth, noteLengths };
})();
