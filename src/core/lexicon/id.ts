// Indonesian (also read on Malay forms for the shared words). Traps: "NIP" is the Polish tax
// number and the Indonesian civil servant number, so the Indonesian one is spelt out; "HP"
// (handphone) is also a brand, whole label only; "tujuan" (destination, purpose) is too vague;
// "nama pengguna" / "nama perusahaan" are negatives.
import type { LanguageLexicon } from './types';

export const ID: LanguageLexicon = {
  lang: 'id',
  name: 'Indonesian',
  terms: {
    'identity.name': [['nama', 0.7], ['nama lengkap', 1], ['nama depan', 0.95], ['nama belakang', 0.95], ['nama anda', 0.95], ['nama ibu kandung', 0.9], ['nama ayah', 0.9], ['nama pemegang kartu', 0.95], ['atas nama', 0.7], ['nama kontak darurat', 0.95], ['tanda tangan', 0.5]],
    'identity.id_number': [['nik', 0.95], ['nomor induk kependudukan', 1], ['ktp', 0.9], ['no. ktp', 1], ['nomor ktp', 1], ['paspor', 0.9], ['nomor paspor', 1], ['no. paspor', 1], ['npwp', 0.8], ['kartu keluarga', 0.8], ['nomor kk', 0.85], ['bpjs', 0.8]],
    'identity.phone': [['telepon', 0.9], ['nomor telepon', 1], ['no. telepon', 1], ['no telp', 0.95], ['telp', 0.85], ['nomor hp', 1], ['no. hp', 1], ['no hp', 1], ['handphone', 0.9], ['ponsel', 0.9], ['nomor ponsel', 1], ['nomor whatsapp', 0.9]],
    'identity.email': [['surel', 0.95], ['alamat email', 1], ['alamat e-mail', 1], ['alamat surel', 1], ['surat elektronik', 1]],
    'identity.employee_id': [['nomor induk pegawai', 0.95], ['nomor karyawan', 0.95], ['id karyawan', 0.95], ['nim', 0.85]],
    'identity.birthdate': [['tanggal lahir', 1], ['tgl lahir', 1], ['tgl. lahir', 1], ['tempat, tanggal lahir', 1], ['tempat/tanggal lahir', 1], ['tempat tanggal lahir', 1], ['umur', 0.8], ['usia', 0.8]],
    'location.address': [['alamat', 0.9], ['alamat lengkap', 1], ['alamat rumah', 1], ['alamat domisili', 1], ['alamat sesuai ktp', 1], ['domisili', 0.85], ['jalan', 0.6], ['nama jalan', 0.9], ['kode pos', 0.9], ['rt/rw', 0.85]],
    'location.city': [['kota', 0.85], ['kota/kabupaten', 0.9], ['kabupaten', 0.8], ['kabupaten/kota', 0.9], ['provinsi', 0.8], ['kecamatan', 0.8], ['kelurahan', 0.8], ['desa', 0.7], ['kelurahan/desa', 0.85], ['negara', 0.6], ['tempat lahir', 0.8]],
    'location.travel': [['perjalanan', 0.8], ['riwayat perjalanan', 0.95], ['negara yang dikunjungi', 0.9], ['kota yang dikunjungi', 0.9], ['penerbangan', 0.8], ['nomor penerbangan', 0.9], ['luar negeri', 0.7], ['luar kota', 0.7], ['perjalanan dinas', 0.8]],
    'health.temperature': [['suhu tubuh', 1], ['suhu', 0.7]],
    'health.symptoms': [['gejala', 0.9], ['demam', 0.85], ['batuk', 0.85], ['sakit tenggorokan', 0.8], ['sesak napas', 0.8], ['sesak nafas', 0.8], ['pilek', 0.7], ['kehilangan penciuman', 0.8]],
    'health.diagnosis': [['hasil tes', 0.8], ['swab', 0.85], ['positif covid', 0.9], ['terkonfirmasi', 0.8], ['diagnosa', 0.85], ['karantina', 0.85], ['isolasi mandiri', 0.9], ['isoman', 0.9], ['surat sakit', 0.8]],
    'health.vaccination': [['vaksin*', 0.9], ['vaksinasi', 0.9], ['dosis', 0.6], ['sertifikat vaksin', 0.95]],
    'health.medical_history': [['riwayat penyakit', 1], ['penyakit bawaan', 0.95], ['komorbid', 0.95], ['penyakit', 0.7], ['alergi', 0.8], ['obat yang dikonsumsi', 0.8], ['disabilitas', 0.85], ['hamil', 0.8], ['merokok', 0.7], ['golongan darah', 0.7], ['kondisi kesehatan', 0.6]],
    'health.contact': [['kontak erat', 0.95], ['kontak dengan pasien', 0.95]],
    'biometric.face': [['foto wajah', 1], ['wajah', 0.8], ['swafoto', 0.95], ['pas foto', 0.85]],
    'financial.account': [['nomor rekening', 0.95], ['no. rekening', 0.95], ['rekening bank', 0.95], ['rekening', 0.85], ['nomor kartu', 0.85], ['kartu kredit', 0.9]],
  },
  wholeLabel: { 'identity.phone': [['hp', 0.8], ['no hp/wa', 0.9]] },
  negative: [
    {
      why: 'names and addresses of organisations, accounts and things',
      blocks: 'all',
      weight: 1,
      terms: ['nama pengguna', 'nama perusahaan', 'nama instansi', 'nama produk', 'nama proyek', 'alamat perusahaan', 'alamat kantor', 'kata sandi', 'status pernikahan'],
    },
    {
      why: 'a bare organisation word; below 1 so "Email kantor (perusahaan)" stays an e-mail',
      blocks: 'all',
      weight: 0.9,
      terms: ['perusahaan', 'instansi', 'departemen'],
    },
  ],
};
