import type { ReadonlySignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import {
  keptVisit,
  kioskRules,
  summarizeVisit,
  visitBand,
  type KeptContact,
  type KioskEvent,
  type KioskView,
} from '../../lib/kiosk';
import { pageDatabase } from '../../lib/state/database';
import { attachKioskSession, createKioskSession } from '../../lib/state/kiosk-session';
import { enterFullscreen, leaveKiosk } from '../../lib/state/kiosk-screen';
import { createKioskStore, type KioskStore } from '../../lib/state/kiosk-store';
import type { Catalog } from '../../lib/catalog';
import { IdleCountdown } from './IdleCountdown';
import { KioskKeepForm } from './KeepForm';
import { KioskQuestion } from './Question';
import { KioskResult } from './Result';
import { KioskThanks } from './Thanks';
import { KioskWelcome } from './Welcome';
import { OperatorPanel } from './OperatorPanel';
import { NoPinYet } from './NoPinYet';
import { PinPrompt } from './PinPrompt';
import { useAssumptions } from '../settings/useAssumptions';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { WorkspaceProvider } from '../workspace/WorkspaceProvider';

/**
 * The booth screen: a visitor takes the quick scan, full screen and by touch. Their answers live only in the
 * session's memory; they are stored only when the visitor consents, and the screen wipes itself when idle.
 */
export function KioskApp() {
  return (
    <WorkspaceProvider recovery={false} firstScreen={false}>
      <KioskScreen />
    </WorkspaceProvider>
  );
}

function KioskScreen() {
  const catalog = useWorkspace().catalog.value!;
  const store = useMemo(() => createKioskStore(pageDatabase()), []);
  const session = useMemo(() => {
    const questionIds = catalog.questionSets.quick.map((question) => question.id);
    return createKioskSession(() => kioskRules(questionIds, store.settings.peek()?.idleSeconds));
  }, [catalog, store]);
  useEffect(() => {
    const detach = attachKioskSession(session);
    return () => {
      detach();
      store.dispose();
    };
  }, [session, store]);

  const countdown = session.countdown.value;
  const send = session.send;
  return (
    <div class="kiosk">
      {/* While the warning shows, the screen beneath takes no focus, taps or keys. */}
      <div class="kiosk-screen" inert={countdown !== null}>
        <KioskView
          view={session.view.value}
          catalog={catalog}
          store={store}
          now={session.now}
          keysActive={countdown === null}
          send={send}
        />
      </div>
      {countdown !== null && <IdleCountdown seconds={countdown} onContinue={() => send({ type: 'activity' })} />}
    </div>
  );
}

interface ViewProps {
  view: KioskView;
  catalog: Catalog;
  store: KioskStore;
  /** Read only by the PIN prompt's backoff countdown, so other screens do not re-render every second. */
  now: ReadonlySignal<number>;
  keysActive: boolean;
  send: (event: KioskEvent) => void;
}

function KioskView({ view, catalog, store, now, keysActive, send }: ViewProps) {
  const { assumptions } = useAssumptions();
  const questions = catalog.questionSets.quick;
  const settings = store.settings.value;
  // A damaged PIN record counts as a PIN: the prompt then says it is damaged, and nothing opens.
  const hasPin = settings !== undefined && settings.pinState !== 'none';
  // The operator's key lives only while the panel is on screen.
  useEffect(() => {
    if (view.screen !== 'operator') store.lock();
  }, [view.screen]);
  switch (view.screen) {
    case 'welcome':
      return (
        <KioskWelcome
          questionCount={questions.length}
          onStart={() => {
            // Full screen needs this very tap; if the browser refuses, the layout already fills the window.
            void enterFullscreen();
            send({ type: 'start' });
          }}
          onOperator={() => send({ type: 'operator' })}
        />
      );
    case 'question': {
      const question = questions[view.index]!;
      return (
        <KioskQuestion
          key={question.id}
          question={question}
          index={view.index}
          total={questions.length}
          selected={view.answers[question.id]}
          keysActive={keysActive}
          onAnswer={(level) => send({ type: 'answer', level })}
          onBack={() => send({ type: 'back' })}
          onSkip={() => send({ type: 'skip' })}
          onFinish={() => send({ type: 'done' })}
          onRestart={() => send({ type: 'reset' })}
        />
      );
    }
    case 'result': {
      const summary = summarizeVisit(catalog, view.answers);
      return (
        <KioskResult
          summary={summary}
          band={visitBand(summary.overall, view.employees, assumptions.value, { catalog, answers: view.answers })}
          employees={view.employees}
          canKeep={store.canKeep(settings)}
          onSize={(employees) => send({ type: 'size', employees })}
          onKeep={() => send({ type: 'keep' })}
          onDone={() => send({ type: 'done' })}
          onBack={() => send({ type: 'back' })}
        />
      );
    }
    case 'keep': {
      const keep = async (contact: KeptContact) => {
        const summary = summarizeVisit(catalog, view.answers);
        await store.keep(keptVisit(contact, view.answers, summary, view.employees, crypto.randomUUID(), Date.now()));
        send({ type: 'kept' });
      };
      return <KioskKeepForm onKeep={keep} onBack={() => send({ type: 'back' })} />;
    }
    case 'thanks':
      return <KioskThanks kept={view.kept} onDone={() => send({ type: 'done' })} />;
    case 'pin':
      // A visitor must not claim the panel by setting the first PIN: that is done in the extension's Settings.
      if (settings && !hasPin) return <NoPinYet onBack={() => send({ type: 'reset' })} />;
      return (
        <PinPrompt
          lockedUntil={settings?.attempts.lockedUntil ?? 0}
          now={now.value}
          tryPin={store.tryPin}
          onUnlocked={() => send({ type: 'unlocked' })}
          onCancel={() => send({ type: 'reset' })}
        />
      );
    case 'operator':
      return (
        <OperatorPanel
          store={store}
          hasPin={hasPin}
          questions={questions}
          retiredQuestions={catalog.retiredQuestions ?? []}
          onLock={() => send({ type: 'reset' })}
          onExit={() => void leaveKiosk()}
        />
      );
  }
}
