import { Icon, type IconName } from '../../components/Icon';

interface IconButtonProps {
  icon: IconName;
  label: string;
  onClick: () => void;
  /** The button's classes, spelled out where it is used so CSS and tests find them. */
  className?: string | undefined;
  disabled?: boolean | undefined;
  testId?: string | undefined;
}

/** A plain action button: its icon, then its words. */
export function IconButton({
  icon,
  label,
  onClick,
  className = 'button',
  disabled,
  testId,
}: IconButtonProps) {
  return (
    <button type="button" className={className} onClick={onClick} disabled={disabled} data-testid={testId}>
      <Icon name={icon} />
      {label}
    </button>
  );
}
