import { ConfirmButton } from '../components/ConfirmButton';
import { useEditorT } from './i18n/useEditorT';
import './hallucinations.css';

interface Props {
  count: number;
  onConfirm(): void;
}

/** "Remove possible hallucinations (N)": asks first, saying how many, then removes them as one undo step. */
export function RemoveAllHallucinations({ count, onConfirm }: Props) {
  const t = useEditorT();
  return (
    <div className="problems-remove-all">
      <ConfirmButton
        label={t('removeAllHallucinations', { count })}
        question={t('removeAllHallucinationsQuestion', { count })}
        testId="remove-hallucinations"
        className="small danger"
        onConfirm={async () => onConfirm()}
      />
    </div>
  );
}
