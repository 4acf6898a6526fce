#include "Prompts.h"

#include <QDialog>
#include <QFileDialog>
#include <QQueue>

namespace rt::ui::prompts {
namespace {

struct Seams {
    QQueue<QMessageBox::StandardButton> answers;
    QQueue<QString> fileNames;
    std::function<int(QDialog&)> dialogHandler;
    QString lastMessage;
};

Seams& seams()
{
    static Seams s;
    return s;
}

} // namespace

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    seams().lastMessage = text;
    if (!seams().answers.isEmpty())
        return seams().answers.dequeue();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void warning(QWidget* parent, const QString& title, const QString& text)
{
    seams().lastMessage = text;
    if (!seams().answers.isEmpty()) {
        seams().answers.dequeue();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void information(QWidget* parent, const QString& title, const QString& text)
{
    seams().lastMessage = text;
    if (!seams().answers.isEmpty()) {
        seams().answers.dequeue();
        return;
    }
    QMessageBox::information(parent, title, text);
}

QString openFileName(QWidget* parent, const QString& title, const QString& directory, const QString& filter)
{
    if (!seams().fileNames.isEmpty())
        return seams().fileNames.dequeue();
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

QString saveFileName(QWidget* parent, const QString& title, const QString& directory, const QString& filter)
{
    if (!seams().fileNames.isEmpty())
        return seams().fileNames.dequeue();
    return QFileDialog::getSaveFileName(parent, title, directory, filter);
}

int exec(QDialog& dialog)
{
    if (seams().dialogHandler) {
        const int result = seams().dialogHandler(dialog);
        dialog.setResult(result);
        return result;
    }
    return dialog.exec();
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    seams().answers.enqueue(answer);
}

void setNextFileName(const QString& fileName)
{
    seams().fileNames.enqueue(fileName);
}

void setDialogHandler(std::function<int(QDialog&)> handler)
{
    seams().dialogHandler = std::move(handler);
}

QString lastMessage()
{
    return seams().lastMessage;
}

void reset()
{
    seams() = Seams{};
}

} // namespace rt::ui::prompts
