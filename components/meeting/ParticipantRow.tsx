import { useId, type ReactNode } from 'react';
import type { ChallengeKind } from '../../lib/meeting/bridge-protocol';
import { emptyRecord, type ParticipantRecord } from '../../lib/meeting/participant-record';
import { notCheckedReason } from '../../lib/meeting/sampling-plan';
import type { ParticipantInfo } from '../../lib/sites/meetings/define-meeting-adapter';
import { ChallengeControls } from './ChallengeControls';
import { CueSummaryView } from './CueSummaryView';
import { faceFoundText, NOT_CHECKED_TEXT, STOPPED_TEXT } from './liveness-format';

export interface ParticipantRowProps {
  participant: ParticipantInfo;
  record?: ParticipantRecord;
  skipped: boolean;
  /** The panel asked for this person's frames (consent given, landmarker running, not skipped). */
  checking: boolean;
  onSkip: (skip: boolean) => void;
  onStartChallenge: (kind: ChallengeKind) => void;
  onEndChallenge: () => void;
  /** Where this person's summary is saved (CandidateLinkView); absent where the panel has no store. */
  link?: ReactNode;
}

/** One participant: names are page text and are rendered only as text. */
export function ParticipantRow(props: ParticipantRowProps) {
  const { participant: p, skipped, checking } = props;
  const record = props.record ?? emptyRecord();
  const skipHelpId = useId();
  const reason = notCheckedReason(p);
  const name = p.name ?? 'Unnamed participant';
  const face = faceFoundText(record);
  const flags = [p.self ? 'You' : undefined, p.cameraOn ? 'Camera on' : 'Camera off', p.screenShare ? 'Screen share' : undefined].filter(Boolean).join(' · ');

  return (
    <li
      className="hp-participant"
      data-participant-key={p.key}
      data-frames-received={record.received}
      data-frames-analysed={record.analysed}
      data-page-ms-per-frame={record.received > 0 ? (record.pageCostMs / record.received).toFixed(2) : undefined}
      data-face-found={face.value}
      data-skipped={skipped}
    >
      <h4 className="hp-participant__name">{name}</h4>
      <p className="hp-muted">{flags}</p>
      {reason !== undefined ? (
        <p>{NOT_CHECKED_TEXT[reason]}</p>
      ) : (
        <>
          <label className="hp-participant__skip">
            <input type="checkbox" checked={skipped} onChange={(e) => props.onSkip(e.target.checked)} aria-describedby={skipHelpId} /> Skip liveness
            for this person
          </label>
          <p id={skipHelpId} className="hp-muted">
            An accommodation: no check is run on this person's video and nothing is inferred from it.
          </p>
          {props.link}
          {skipped ? (
            <p>Liveness is skipped for this person.</p>
          ) : (
            <>
              <dl className="hp-participant__stats">
                <dt>Face found</dt>
                <dd>{face.text}</dd>
                <dt>Frames analysed</dt>
                <dd>{record.analysed}</dd>
                <dt>Frames dropped</dt>
                <dd>{record.droppedOnPage + record.droppedInPanel}</dd>
              </dl>
              {record.stopped ? <p className="hp-muted">{STOPPED_TEXT[record.stopped]}</p> : null}
              {!checking && record.analysed === 0 ? <p className="hp-muted">Waiting for the analysis to start.</p> : null}
              {record.summary ? <CueSummaryView summary={record.summary} identity={record.totals?.identity} /> : null}
              {checking && record.analysed > 0 ? (
                <ChallengeControls
                  name={name}
                  active={record.challenge}
                  results={record.challenges}
                  onStart={props.onStartChallenge}
                  onEnd={props.onEndChallenge}
                />
              ) : null}
            </>
          )}
        </>
      )}
    </li>
  );
}
