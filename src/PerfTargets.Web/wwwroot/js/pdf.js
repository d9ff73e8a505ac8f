// 打印 PDF with progress: a department's whole document takes seconds, during which a plain link
// shows nothing. The form (a GET to the PDF address, which still works without this script) is
// fetched instead; meanwhile an aria-live status says what is being made and the button waits;
// the PDF arrives as a download, and a server error is shown in words rather than as a blank tab.
(() => {
    'use strict';

    const fileName = (disposition) => {
        const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition || '');
        if (star) {
            return decodeURIComponent(star[1]);
        }
        const plain = /filename="?([^";]+)"?/i.exec(disposition || '');
        return plain ? plain[1] : 'perftargets.pdf';
    };

    const size = (bytes) => (bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

    // The server's error pages say what went wrong in their heading and first paragraph.
    const reasonOf = async (response) => {
        if (response.redirected && new URL(response.url).pathname.startsWith('/account/login')) {
            return '登录已过期，请重新登录后再打印。';
        }
        const page = new DOMParser().parseFromString(await response.text(), 'text/html');
        const heading = page.querySelector('main h1')?.textContent.trim();
        // A paragraph that leads into a list ("可用的格式：") is cut back to its last full sentence.
        const detail = page.querySelector('main h1 ~ p')?.textContent.trim().replace(/。[^。]*[：:]$/, '。');
        const words = [heading, detail].filter(Boolean).join('：');
        return `${words || '服务器未返回 PDF'}（HTTP ${response.status}）`;
    };

    const show = (status, kind, text, spinner) => {
        status.className = `pdf-status ms-2 ${kind}`;
        status.replaceChildren();
        if (spinner) {
            const wheel = document.createElement('span');
            wheel.className = 'spinner-border spinner-border-sm me-1';
            wheel.setAttribute('aria-hidden', 'true');
            status.append(wheel);
        }
        status.append(text);
    };

    document.querySelectorAll('form[data-pdf]').forEach((form) => {
        const button = form.querySelector('button[type=submit]');
        const status = form.querySelector('.pdf-status');
        form.addEventListener('submit', async (event) => {
            event.preventDefault();
            if (button.disabled) {
                return;
            }
            const url = new URL(form.action, window.location.href);
            // As the plain form's GET would: every value, a name chosen several times (ticked departments) as often.
            url.search = new URLSearchParams(new FormData(form)).toString();
            const count = status.dataset.declarations;
            button.disabled = true;
            status.title = '';
            button.setAttribute('aria-busy', 'true');
            show(status, 'text-secondary', `正在生成 PDF…${count ? `（共 ${count} 份申报表）` : ''}`, true);
            try {
                const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/pdf' } });
                if (!response.ok || !(response.headers.get('Content-Type') || '').startsWith('application/pdf')) {
                    show(status, 'text-danger', `未能生成 PDF：${await reasonOf(response)}`, false);
                    return;
                }
                const blob = await response.blob();
                const name = fileName(response.headers.get('Content-Disposition'));
                const download = document.createElement('a');
                download.href = URL.createObjectURL(blob);
                download.download = name;
                document.body.append(download);
                download.click();
                download.remove();
                window.setTimeout(() => URL.revokeObjectURL(download.href), 60000);
                show(status, 'text-success', `PDF 已生成（${size(blob.size)}），已下载。`, false);
                status.title = name;
                // Opening it in a tab asks the server again, as the plain form would.
                const open = document.createElement('a');
                open.href = url.href;
                open.target = '_blank';
                open.rel = 'noopener';
                open.className = 'ms-1';
                open.textContent = '在新窗口打开';
                status.append(open);
            } catch {
                show(status, 'text-danger', '未能生成 PDF：无法连接服务器，请检查网络后重试。', false);
            } finally {
                button.disabled = false;
                button.removeAttribute('aria-busy');
            }
        });
    });
})();
