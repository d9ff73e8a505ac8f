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

    document.querySelectorAll('textarea.autogrow').forEach(grow);
    document.querySelectorAll('[data-maxlength]').forEach((field) => {
        if (field.classList.contains('is-invalid')) {
            field.classList.add('server-invalid');
        }
        if (field.value.length > Number(field.dataset.maxlength)) {
            checkLength(field);
        }
    });

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

    window.perfTargetsForms = { markDirty, grow, describe };
})();
