import type { Profile } from '@/lib/schemas';
import { TextInput } from './Field';
import { useTranslate } from './i18n';

type ServiceField = 'contact' | 'servicePlace' | 'serviceHours';

/**
 * What a body's templates tell the public: a PPS's desa or kelurahan, the contact number (WhatsApp), the
 * place and hours of service. Filled once here; templates that need a value left empty ask for it.
 */
export function ProfileServiceFields({
  profile,
  set,
}: {
  profile: Partial<Profile>;
  set(changes: Partial<Profile>): void;
}) {
  const t = useTranslate();
  const text = (field: ServiceField, label: 'setup.contact' | 'setup.servicePlace' | 'setup.serviceHours') => (
    <TextInput
      id={`profile-${field}`}
      label={t(label)}
      value={profile[field] ?? ''}
      describedBy="profile-service-hint"
      onValue={(value) => set({ [field]: value })}
    />
  );
  return (
    <>
      {profile.role === 'pps' && (
        <fieldset>
          <legend>{t('setup.villageType')}</legend>
          {(['desa', 'kelurahan'] as const).map((type) => (
            <label key={type} class="inline">
              <input
                type="radio"
                name="villageType"
                checked={(profile.villageType ?? 'desa') === type}
                onChange={() => set({ villageType: type })}
              />{' '}
              {t(type === 'desa' ? 'setup.villageDesa' : 'setup.villageKelurahan')}
            </label>
          ))}
        </fieldset>
      )}
      {text('contact', 'setup.contact')}
      {text('servicePlace', 'setup.servicePlace')}
      {text('serviceHours', 'setup.serviceHours')}
      <p id="profile-service-hint" class="hint wide">
        {t('setup.serviceHint')}
      </p>
    </>
  );
}

/** The service fields as the saved profile keeps them: trimmed, and absent when empty. */
export function serviceFieldsOf(profile: Partial<Profile>): Partial<Profile> {
  const kept: Partial<Profile> = {};
  for (const field of ['contact', 'servicePlace', 'serviceHours'] as const) {
    const value = profile[field]?.trim();
    if (value) kept[field] = value;
  }
  if (profile.role === 'pps' && profile.villageType) kept.villageType = profile.villageType;
  return kept;
}
